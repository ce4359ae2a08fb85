import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { enumLabel, useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LocalizedText } from '../../app/LocalizedText';
import { deliverablePath } from '../deliverable/paths';
import { organisationPath } from '../organisation/paths';
import type { SearchHit } from './SearchPage.query';

const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** The page of a hit, for the kinds that have one. */
export function hitPath(hit: SearchHit, lang: Lang): string | null {
  const node = hit.node;
  const slug = 'slug' in node && node.slug ? encodeURIComponent(node.slug) : null;
  switch (hit.kind) {
    case 'PROJECT':
      return slug && `/${lang}/projects/${slug}`;
    case 'NATIONAL_SERVICE':
      return slug && `/${lang}/services/${slug}`;
    case 'SPECIFICATION':
      return slug && `/${lang}/specifications/${slug}`;
    case 'DELIVERABLE':
      return deliverablePath(lang, node.id);
    case 'ORGANISATION':
      return organisationPath(lang, node);
    default:
      return null;
  }
}

export function SearchHitItem({ hit, autoFocus = false }: { hit: SearchHit; autoFocus?: boolean }) {
  const { t, lang } = useT();
  const path = hitPath(hit, lang);
  const title = <LocalizedText value={hit.title} properName={hit.kind === 'ORGANISATION'} />;
  return (
    <li className="hit">
      <p className="hit-kind">{enumLabel(t, 'searchKind', hit.kind)}</p>
      <Heading variant="h2" tabIndex={autoFocus ? -1 : undefined} ref={autoFocus ? focusOnMount : undefined}>
        {path ? <Link to={path}>{title}</Link> : title}
      </Heading>
      {/* The server falls back to the name when no other text matched: do not say it twice. */}
      {hit.snippet && hit.snippet.text !== hit.title.text && (
        // The server HTML-escapes the text and adds only <mark> elements (schema: Snippet.html).
        // A text in another language than the page's (a fallback) says so to screen readers.
        <p
          className="snippet"
          lang={hit.snippet.lang === lang ? undefined : hit.snippet.lang}
          dangerouslySetInnerHTML={{ __html: hit.snippet.html }}
        />
      )}
    </li>
  );
}

import { ExternalLink as FiExternalLink, Heading } from 'suomifi-ui-components';
import { useId, type ReactNode } from 'react';
import { useT } from '../../app/i18n';

/** A titled part of a detail page; says so when there is nothing to show. */
export function Section({
  title,
  empty,
  emptyText,
  children,
}: {
  title: string;
  empty: boolean;
  emptyText?: string;
  children?: ReactNode;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      {empty ? <p className="empty">{emptyText ?? t('project.none')}</p> : children}
    </section>
  );
}

/**
 * An external link that says where it goes: suomi.fi's ExternalLink, which opens a new tab and
 * tells screen reader users so in the page's language.
 */
export function ExternalLink({ href, hrefLang, children }: { href: string; hrefLang?: string; children?: ReactNode }) {
  const { t } = useT();
  return (
    <FiExternalLink
      href={href}
      hrefLang={hrefLang}
      className="external"
      labelNewWindow={` (${t('opensInNewTab')})`}
      // On paper a link's text is all there is: the print stylesheet adds the address after it.
      data-print-url={children ? href : undefined}
    >
      {children ?? href}
    </FiExternalLink>
  );
}

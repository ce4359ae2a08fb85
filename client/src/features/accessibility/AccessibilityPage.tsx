import { Heading } from 'suomifi-ui-components';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { ExternalLink } from '../project-page/Section';
import { ASSESSED_DATE, AUTHORITY_URL, STATEMENT_DATE, STATEMENTS } from './statement';

/**
 * The operator's accessibility feedback address, set at build time (`VITE_ACCESSIBILITY_FEEDBACK`:
 * an https URL, a mailto: URL or an e-mail address). Anything else is ignored: no address is
 * better than a wrong one.
 */
export function feedbackHref(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^https?:\/\/\S+$/i.test(v) || /^mailto:\S+@\S+$/i.test(v)) return v;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(v)) return `mailto:${v}`;
  return null;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** `/{lang}/accessibility`: the accessibility statement law 306/2019 requires. */
export default function AccessibilityPage({
  feedback = import.meta.env.VITE_ACCESSIBILITY_FEEDBACK as string | undefined,
}) {
  const { lang } = useT();
  const s = STATEMENTS[lang];
  usePageTitle(s.title);
  const href = feedbackHref(feedback);
  const origin = globalThis.location?.origin ?? '';
  return (
    <article className="detail prose">
      <Heading variant="h1">{s.title}</Heading>
      <p className="lead">
        {s.intro} <Link to={`/${lang}/`}>{origin || '/'}</Link>.
      </p>
      <p>{s.law}</p>
      <Part title={s.statusHeading}>
        <p>
          <strong>{s.status}</strong>
        </p>
      </Part>
      <Part title={s.missingHeading}>
        <ul>
          {s.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
        <Heading variant="h3">{s.outOfScopeHeading}</Heading>
        <ul>
          {s.outOfScope.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </Part>
      <Part title={s.assessedHeading}>
        <p>{s.assessed.replace('{{date}}', formatDate(ASSESSED_DATE, lang))}</p>
        <ul>
          {s.methods.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </Part>
      <Part title={s.feedbackHeading}>
        <p>{s.feedback}</p>
        {href ? (
          <p>
            {s.feedbackAt} <a href={href}>{href.replace(/^mailto:/, '')}</a>
          </p>
        ) : (
          <p className="section-note">{s.feedbackUnset}</p>
        )}
      </Part>
      <Part title={s.authorityHeading}>
        <p>{s.authority}</p>
        <p>
          {s.authorityName}
          <br />
          {s.authorityLink} <ExternalLink href={AUTHORITY_URL[lang]} />
        </p>
      </Part>
      <p className="section-note">{s.prepared.replace('{{date}}', formatDate(STATEMENT_DATE, lang))}</p>
    </article>
  );
}

import { formatDate } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import type { SourceRef } from './ProjectPage.query';
import { ExternalLink, Section } from './Section';

/** Where the facts come from; anything not STATED by a cited source is marked unverified. */
export function Provenance({ sources }: { sources: SourceRef[] }) {
  const { t, lang } = useT();
  return (
    <Section title={t('project.provenance')} empty={sources.length === 0}>
      <ul className="sources">
        {sources.map((s, i) => (
          // Sources have no id; the server's order is stable.
          <li key={i}>
            <span className={s.status === 'STATED' ? 'badge' : 'badge badge-warn'}>
              {enumLabel(t, 'provenance', s.status)}
              {s.status !== 'STATED' && <> – {t('project.unverified')}</>}
            </span>{' '}
            {s.url && <ExternalLink href={s.url} />}
            {s.date && <> ({formatDate(s.date, lang)})</>}
            {s.note && (
              // Curators write notes in English.
              <span className="source-note" lang="en">
                {' '}
                {s.note}
              </span>
            )}
            {s.field && <span className="source-field"> ({t('project.field', { field: s.field })})</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

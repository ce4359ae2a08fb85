import type { TFunction } from 'i18next';
import { formatDate } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import type { SourceRef } from './ProjectPage.query';
import { ExternalLink, Section } from './Section';

/**
 * The label of each field a source can back (the `field` of the seed data's sources), reusing the
 * labels the pages and edit forms show for the same fact.
 */
const FIELD_LABELS: Record<string, string> = {
  // Projects
  name: 'projectEdit.name',
  status: 'project.status',
  themes: 'project.themes',
  plannedEnd: 'project.plannedEnd',
  notes: 'project.sourceField.notes',
  project_manager: 'project.sourceField.projectManager',
  // Deliverables
  title: 'deliverableEdit.title',
  // Funding calls
  note: 'project.sourceField.notes',
  application_opens: 'funding.applicationOpens',
  application_closes: 'funding.applicationCloses',
  applications_received: 'funding.applicationsReceived',
  appropriation_eur: 'funding.appropriation',
  decision_date: 'project.sourceField.decisionDate',
  grants_awarded: 'funding.grantsAwarded',
  total_awarded_eur: 'funding.totalAwarded',
  implementation_deadline: 'project.sourceField.implementationDeadline',
  themes_text: 'funding.themesText',
  stated_goals: 'funding.statedGoals',
};

/** "Planned end" as it reads inside a sentence; an initialism ("URL") keeps its capitals. */
function midSentence(label: string, lang: Lang): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label;
}

/**
 * What a source's `field` (one name, or several separated by commas) means to a reader; a name
 * this client does not know yet shows as it is.
 */
function fieldLabel(t: TFunction, lang: Lang, field: string): string {
  return field
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => (FIELD_LABELS[f] ? midSentence(t(FIELD_LABELS[f]), lang) : f))
    .join(', ');
}

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
            {s.field && (
              <span className="source-field"> ({t('project.field', { field: fieldLabel(t, lang, s.field) })})</span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

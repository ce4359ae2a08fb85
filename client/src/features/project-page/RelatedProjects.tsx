import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { enumLabel, type EnumGroup, useT } from '../../app/i18n';
import { LocalizedText, type ResolvedText } from '../../app/LocalizedText';
import type { RelatedProjectItem } from './ProjectPage.query';
import { Section } from './Section';

/** A reason of relatedProjects or of similarMunicipalities. */
interface Reason {
  kind: string;
  items: Array<{ value: string; label: ResolvedText | null }>;
}

/** Reasons whose items are names of organisations or places: a Finnish name is no missing translation. */
const NAME_REASONS = new Set(['SHARED_PARTICIPANT', 'SAME_REGION']);

/** Why two things are alike: each reason with its shared values, themes by their label. */
export function ReasonList({ reasons, group }: { reasons: Reason[]; group: EnumGroup }) {
  const { t, lang } = useT();
  const itemText = (kind: string, value: string) => {
    if (kind === 'SHARED_THEME') return enumLabel(t, 'theme', value);
    if (kind === 'SAME_LANGUAGE_STATUS') return enumLabel(t, 'languageStatus', value);
    if (kind === 'SIMILAR_POPULATION' && /^\d+$/.test(value)) return formatNumber(Number(value), lang);
    return value;
  };
  return (
    <ul className="reasons">
      {reasons.map((r) => (
        <li key={r.kind}>
          {enumLabel(t, group, r.kind)}
          {r.items.length > 0 && ': '}
          {r.items.map((item, i) => (
            <span key={item.value}>
              {i > 0 && ', '}
              {item.label ? (
                <LocalizedText value={item.label} properName={NAME_REASONS.has(r.kind)} />
              ) : (
                itemText(r.kind, item.value)
              )}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function RelatedProjects({ related }: { related: RelatedProjectItem[] }) {
  const { t, lang } = useT();
  return (
    <Section title={t('project.related')} empty={related.length === 0} emptyText={t('project.noRelated')}>
      <ul className="plain-list related">
        {related.map((r) => (
          <li key={r.project.id}>
            <Link to={`/${lang}/projects/${encodeURIComponent(r.project.slug)}`}>
              <LocalizedText value={r.project.name} />
            </Link>
            <ReasonList reasons={r.reasons} group="relatedReason" />
          </li>
        ))}
      </ul>
    </Section>
  );
}

import { Heading } from 'suomifi-ui-components';
import { formatDate, formatEur } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { OrgLink } from './OrgLink';
import type { ProjectDetail } from './ProjectPage.query';
import { ExternalLink, Section } from './Section';

/** Status, themes, dates, funding and who takes part. */
export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t, lang } = useT();
  const dates = (['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const).filter((k) => project[k]);
  const participants = project.participants.nodes;
  return (
    <>
      <Section title={t('project.facts')} empty={false}>
        <dl className="facts">
          <div>
            <dt>{t('project.status')}</dt>
            <dd>{enumLabel(t, 'projectStatus', project.status)}</dd>
          </div>
          {dates.map((k) => (
            <div key={k}>
              <dt>{t(`project.${k}`)}</dt>
              <dd>{formatDate(project[k]!, lang)}</dd>
            </div>
          ))}
          {project.budgetEur !== null && (
            <div>
              <dt>{t('project.budget')}</dt>
              <dd>{formatEur(project.budgetEur, lang)}</dd>
            </div>
          )}
          {project.website && (
            <div>
              <dt>{t('project.website')}</dt>
              <dd>
                <ExternalLink href={project.website} />
              </dd>
            </div>
          )}
        </dl>
        {project.themes.length > 0 && (
          <ul className="tags" aria-label={t('project.themes')}>
            {project.themes.map((theme) => (
              <li key={theme}>{enumLabel(t, 'theme', theme)}</li>
            ))}
          </ul>
        )}
        {project.description && (
          <>
            <Heading variant="h3">{t('project.description')}</Heading>
            <p>
              <LocalizedText value={project.description} />
            </p>
          </>
        )}
      </Section>
      <Section title={t('project.funding')} empty={project.grants.length === 0} emptyText={t('project.noFunding')}>
        <ul>
          {project.grants.map((g) => (
            <li key={g.id}>
              {/* The call's name may be in another language than the page: marked as such. */}
              <LocalizedText value={g.call.name} />:{' '}
              {g.maxAmountEur === null
                ? t('project.grantUnknown')
                : t('project.grant', { amount: formatEur(g.maxAmountEur, lang) })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('project.participants')} empty={participants.length === 0}>
        <ul className="participants">
          {participants.map((p) => (
            <li key={p.id}>
              <OrgLink org={p.organisation} /> <span className="role">– {enumLabel(t, 'role', p.role)}</span>
            </li>
          ))}
        </ul>
      </Section>
      {project.contacts.length > 0 && (
        <Section title={t('project.contacts')} empty={false}>
          <ul>
            {project.contacts.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.role && `, ${c.role}`}
                {c.organisation && `, ${c.organisation}`}{' '}
                {c.sourceUrl && <ExternalLink href={c.sourceUrl}>({t('project.source')})</ExternalLink>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

import { Heading } from 'suomifi-ui-components';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatEur, formatNumber } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import type { ProjectListNode } from './ProjectList.query';

// Runs once per mounted heading: the element keeps its key across re-renders and language switches.
const focusOnMount = (el: HTMLElement | null) => el?.focus();

export function ProjectCard({ project, autoFocus = false }: { project: ProjectListNode; autoFocus?: boolean }) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <article className="project-card" aria-labelledby={headingId}>
      <Heading
        variant="h2"
        id={headingId}
        tabIndex={autoFocus ? -1 : undefined}
        ref={autoFocus ? focusOnMount : undefined}
      >
        <Link to={`/${lang}/projects/${encodeURIComponent(project.slug)}`}>
          <LocalizedText value={project.name} />
          {project.acronym && !project.name.text.startsWith(project.acronym) && (
            <span className="acronym"> ({project.acronym})</span>
          )}
        </Link>
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('projects.status')}</dt>
          <dd>{enumLabel(t, 'projectStatus', project.status)}</dd>
        </div>
        {project.leadOrganisation && (
          <div>
            <dt>{t('projects.leadOrganisation')}</dt>
            <dd>
              <LocalizedText value={project.leadOrganisation.name} properName />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('projects.participants')}</dt>
          <dd>{formatNumber(project.participantCount, lang)}</dd>
        </div>
        {project.grants.length > 0 && (
          <div>
            <dt>{t('projects.grants')}</dt>
            <dd>
              <ul className="plain-list">
                {project.grants.map((g, i) => (
                  // Grants have no id in this query; their order is the server's and stable.
                  <li key={i}>
                    {g.maxAmountEur === null
                      ? t('projects.grantUnknown', { year: g.call.year })
                      : t('projects.grant', { year: g.call.year, amount: formatEur(g.maxAmountEur, lang) })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {project.themes.length > 0 && (
        <ul className="tags" aria-label={t('projects.themes')}>
          {project.themes.map((theme) => (
            <li key={theme}>{enumLabel(t, 'theme', theme)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

import { useId } from 'react';
import { enumLabel, formatEur, formatNumber } from '../../app/format';
import type { Lang } from '../../app/lang';
import { LocalizedText } from '../../app/LocalizedText';
import { STRINGS } from '../../app/strings';
import type { ProjectListNode } from './ProjectList.query';

// Runs once per mounted heading: the element keeps its key across re-renders and language switches.
const focusOnMount = (el: HTMLElement | null) => el?.focus();

export function ProjectCard({
  project,
  lang,
  autoFocus = false,
}: {
  project: ProjectListNode;
  lang: Lang;
  autoFocus?: boolean;
}) {
  const t = STRINGS[lang];
  const headingId = useId();
  return (
    <article className="project-card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={autoFocus ? -1 : undefined} ref={autoFocus ? focusOnMount : undefined}>
        <LocalizedText value={project.name} uiLang={lang} />
        {project.acronym && !project.name.text.startsWith(project.acronym) && (
          <span className="acronym"> ({project.acronym})</span>
        )}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t.status}</dt>
          <dd>{enumLabel(t.projectStatus, project.status)}</dd>
        </div>
        {project.leadOrganisation && (
          <div>
            <dt>{t.leadOrganisation}</dt>
            <dd>
              <LocalizedText value={project.leadOrganisation.name} uiLang={lang} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t.participants}</dt>
          <dd>{formatNumber(project.participantCount, lang)}</dd>
        </div>
        {project.grants.length > 0 && (
          <div>
            <dt>{t.grants}</dt>
            <dd>
              <ul className="plain-list">
                {project.grants.map((g, i) => (
                  // Grants have no id in this query; their order is the server's and stable.
                  <li key={i}>
                    {t.grant(g.maxAmountEur === null ? null : formatEur(g.maxAmountEur, lang), g.call.year)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {project.themes.length > 0 && (
        <ul className="tags" aria-label={t.themes}>
          {project.themes.map((theme) => (
            <li key={theme}>{enumLabel(t.theme, theme)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

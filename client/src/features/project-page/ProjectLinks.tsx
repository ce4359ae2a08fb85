import { Link } from 'react-router';
import { enumLabel, useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LocalizedText } from '../../app/LocalizedText';
import type { LocalizedTexts, ProjectDetail } from './ProjectPage.query';
import { ExternalLink, Section } from './Section';

/** Text of a LocalizedText object in `lang`, else in fi -> sv -> en, with its language. */
function pick(texts: LocalizedTexts, lang: Lang) {
  for (const l of [lang, 'fi', 'sv', 'en'] as const) {
    const text = texts[l];
    if (text) return { text, lang: l, isFallback: l !== lang };
  }
  return null;
}

/** Outcomes, national services, specifications, lessons and the project's history. */
export function ProjectLinks({ project }: { project: ProjectDetail }) {
  const { t, lang } = useT();
  const history = [
    ...project.linksOut.map((l) => ({ id: l.id, label: enumLabel(t, 'linkRelation', l.relation), project: l.to })),
    ...project.linksIn.map((l) => ({ id: l.id, label: enumLabel(t, 'linkRelationIn', l.relation), project: l.from })),
  ];
  const outcomes = project.outcomes.flatMap((o, i) => {
    const text = pick(o.text, lang);
    return text ? [{ key: i, text, sourceUrl: o.sourceUrl }] : [];
  });
  return (
    <>
      {outcomes.length > 0 && (
        <Section title={t('project.outcomes')} empty={false}>
          <ul>
            {outcomes.map((o) => (
              <li key={o.key}>
                <LocalizedText value={o.text} />{' '}
                {o.sourceUrl && <ExternalLink href={o.sourceUrl}>({t('project.source')})</ExternalLink>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('project.services')} empty={project.serviceUses.nodes.length === 0}>
        <ul>
          {project.serviceUses.nodes.map((u) => (
            <li key={u.id}>
              <Link to={`/${lang}/services/${encodeURIComponent(u.service.slug)}`}>
                <LocalizedText value={u.service.name} />
              </Link>{' '}
              – {enumLabel(t, 'serviceRelation', u.relation)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('project.specifications')} empty={project.specifications.length === 0}>
        <ul>
          {project.specifications.map((s) => (
            <li key={s.id}>
              <Link to={`/${lang}/specifications/${encodeURIComponent(s.specification.slug)}`}>
                <LocalizedText value={s.specification.name} />
              </Link>{' '}
              – {enumLabel(t, 'specRelation', s.relation)}
            </li>
          ))}
        </ul>
      </Section>
      {project.lessons.length > 0 && (
        <Section title={t('project.lessons')} empty={false}>
          <ul>
            {project.lessons.map((l) => (
              <li key={l.id}>
                <LocalizedText value={l.text} />
                {l.mitigation && (
                  <>
                    {' '}
                    <strong>{t('project.mitigation')}:</strong> <LocalizedText value={l.mitigation} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {history.length > 0 && (
        <Section title={t('project.history')} empty={false}>
          <ul>
            {history.map((h) => (
              <li key={h.id}>
                {h.label}:{' '}
                <Link to={`/${lang}/projects/${encodeURIComponent(h.project.slug)}`}>
                  <LocalizedText value={h.project.name} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

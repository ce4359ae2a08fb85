import { Heading } from 'suomifi-ui-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { FeedLink } from '../../app/FeedLink';
import { enumLabel, useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { explorePath } from '../graph-explorer/paths';
import { ExternalLink, Section } from '../project-page/Section';
import type { OrganisationDetail } from './OrganisationView.fragment';
import { FollowButton } from '../follow/FollowButton';

/**
 * An organisation's page body: facts, participations, adoptions and what the region's other
 * participants did; `similar` (municipalities like this one) only for municipalities.
 */
export function OrganisationView({ org: m, similar }: { org: OrganisationDetail; similar?: ReactNode }) {
  const { t, lang } = useT();
  const mine = new Set(m.participations.nodes.map((p) => p.project.id));
  const neighbours = m.region?.projects.nodes.filter((p) => !mine.has(p.id)) ?? [];
  const projectLink = (p: { slug: string; name: typeof m.name }) => (
    <Link to={`/${lang}/projects/${encodeURIComponent(p.slug)}`}>
      <LocalizedText value={p.name} />
    </Link>
  );

  return (
    <article className="detail">
      <Heading variant="h1">
        <LocalizedText value={m.name} properName />
      </Heading>
      <FollowButton nodeId={m.id} name={m.name.text} />
      <p className="explore-link">
        <Link to={explorePath(lang, m.id)}>{t('explore.link')}</Link>
      </p>
      {/* Feeds are per municipality: other organisations have none. */}
      {m.municipalityCode && (
        <p className="feed-links">
          <FeedLink subject={{ kind: 'municipality', id: m.municipalityCode }} name={m.name.text} />
        </p>
      )}
      <Section title={t('municipality.facts')} empty={false}>
        <dl className="facts">
          {m.municipalityCode ? (
            <div>
              <dt>{t('municipality.code')}</dt>
              <dd>{m.municipalityCode}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('municipality.kind')}</dt>
              <dd>{enumLabel(t, 'orgKind', m.kind)}</dd>
            </div>
          )}
          {m.region && (
            <div>
              <dt>{t('municipality.region')}</dt>
              <dd>
                <LocalizedText value={m.region.name} properName />
              </dd>
            </div>
          )}
          {m.population !== null && (
            <div>
              <dt>{t('municipality.population')}</dt>
              <dd>{formatNumber(m.population, lang)}</dd>
            </div>
          )}
          {m.languageStatus && (
            <div>
              <dt>{t('municipality.languageStatus')}</dt>
              <dd>{enumLabel(t, 'languageStatus', m.languageStatus)}</dd>
            </div>
          )}
          {m.website && (
            <div>
              <dt>{t('municipality.website')}</dt>
              <dd>
                <ExternalLink href={m.website} />
              </dd>
            </div>
          )}
        </dl>
      </Section>
      <Section
        title={t('municipality.participations')}
        empty={m.participations.nodes.length === 0}
        emptyText={t('municipality.noParticipations')}
      >
        <ul>
          {m.participations.nodes.map((p) => (
            <li key={p.id}>
              {projectLink(p.project)} <span className="role">– {enumLabel(t, 'role', p.role)}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={t('municipality.adoptions')}
        empty={m.adoptions.nodes.length === 0}
        emptyText={t('municipality.noAdoptions')}
      >
        <ul>
          {m.adoptions.nodes.map((a) => (
            <li key={a.id}>
              <LocalizedText value={a.deliverable.title} /> – {enumLabel(t, 'adoptionStatus', a.status)} (
              {enumLabel(t, 'verification', a.verification)})
            </li>
          ))}
        </ul>
      </Section>
      {similar}
      {m.region && (
        <Section title={t('municipality.neighbours')} empty={neighbours.length === 0}>
          <ul>
            {neighbours.map((p) => (
              <li key={p.id}>{projectLink(p)}</li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}

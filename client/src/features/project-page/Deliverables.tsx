import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { enumLabel, useT } from '../../app/i18n';
import { formatDate, formatNumber } from '../../app/format';
import { LocalizedText } from '../../app/LocalizedText';
import { deliverablePath } from '../deliverable/paths';
import type { ProjectDeliverable } from './ProjectPage.query';
import { ExternalLink, Section } from './Section';

export function Deliverables({ deliverables }: { deliverables: ProjectDeliverable[] }) {
  const { t, lang } = useT();
  return (
    <Section
      title={t('project.deliverables')}
      empty={deliverables.length === 0}
      emptyText={t('project.noDeliverables')}
    >
      <ul className="plain-list cards">
        {deliverables.map((d) => (
          <li key={d.id} className="card">
            <Heading variant="h3">
              <Link to={deliverablePath(lang, d.id)}>
                <LocalizedText value={d.title} />
              </Link>
            </Heading>
            <p className="tags-inline">
              {enumLabel(t, 'deliverableKind', d.kind)}
              {d.developmentStatus && <> · {enumLabel(t, 'developmentStatus', d.developmentStatus)}</>}
              {d.licence && <> · {d.licence}</>}
            </p>
            {d.shortDescription && (
              <p>
                <LocalizedText value={d.shortDescription} />
              </p>
            )}
            {(d.landingUrl || d.repositoryUrl) && (
              <p>
                {d.landingUrl && <ExternalLink href={d.landingUrl} />}{' '}
                {d.repositoryUrl && <ExternalLink href={d.repositoryUrl} />}
              </p>
            )}
            {d.releases.length > 0 && (
              <>
                <h4>{t('project.releases')}</h4>
                <ul>
                  {d.releases.map((r) => (
                    <li key={r.id}>
                      {r.version}
                      {r.releasedAt && <> ({formatDate(r.releasedAt, lang)})</>}
                      {r.files.length > 0 && (
                        <ul aria-label={t('project.files')}>
                          {r.files.map((f) => (
                            <li key={f.id}>
                              <a href={f.downloadUrl} download>
                                {f.filename}
                              </a>{' '}
                              ({formatNumber(Math.ceil(f.byteSize / 1024), lang)} kB)
                            </li>
                          ))}
                        </ul>
                      )}
                      {r.links.map((l) => (
                        <span key={l.url}>
                          {' '}
                          <ExternalLink href={l.url} />
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

import { Heading } from 'suomifi-ui-components';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { pickText } from '../national-service/pick-text';
import { ExternalLink, Section } from '../project-page/Section';
import type { DeliverableDetail } from './DeliverablePage.query';
import { FileLink } from './FileLink';

/** Versions, newest first, with their files to download and links. */
export function Releases({ releases }: { releases: DeliverableDetail['releases'] }) {
  const { t, lang } = useT();
  return (
    <Section title={t('deliverable.releases')} empty={releases.length === 0} emptyText={t('deliverable.noReleases')}>
      <ul className="plain-list cards">
        {releases.map((r) => (
          <li key={r.id} className="card">
            <Heading variant="h3">
              {t('deliverable.version', { version: r.version })}
              {r.releasedAt && <span className="role"> ({formatDate(r.releasedAt, lang)})</span>}
            </Heading>
            {r.notes && (
              <p>
                <LocalizedText value={r.notes} />
              </p>
            )}
            {r.files.length > 0 && (
              <ul aria-label={t('deliverable.files')}>
                {r.files.map((f) => (
                  <li key={f.id}>
                    <FileLink file={f} />
                  </li>
                ))}
              </ul>
            )}
            {r.links.length > 0 && (
              <ul aria-label={t('deliverable.releaseLinks')}>
                {r.links.map((l) => {
                  const title = l.title && pickText(l.title, lang);
                  return (
                    <li key={l.url}>
                      <ExternalLink href={l.url}>{title ? <LocalizedText value={title} /> : undefined}</ExternalLink>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

import { Heading } from 'suomifi-ui-components';
import { formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LOCALES, type Lang } from '../../app/lang';
import { LocalizedText } from '../../app/LocalizedText';
import { pickText } from '../national-service/pick-text';
import { ExternalLink, Section } from '../project-page/Section';
import type { DeliverableDetail } from './DeliverablePage.query';

/** Sizes as people read them: kB below a megabyte, else MB with one decimal. */
function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), lang)} kB`;
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

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
                    <a href={f.downloadUrl} download>
                      {f.filename}
                    </a>{' '}
                    <span className="role">
                      ({f.mediaType}, {formatSize(f.byteSize, lang)})
                    </span>
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

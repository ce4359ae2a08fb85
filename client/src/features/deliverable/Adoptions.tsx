import { useState } from 'react';
import { formatDate } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { Link } from 'react-router';
import { OrgLink } from '../project-page/OrgLink';
import { ExternalLink, Section } from '../project-page/Section';
import { AdoptionActions } from '../adoption/AdoptionActions';
import type { AdoptionItem } from './DeliverablePage.query';

/**
 * Who took the deliverable into use. Only what another organisation than its producers declared,
 * or a curator verified, counts as reuse; the producers' own use and claims (harvested, or
 * declared by the publisher for someone else) are shown apart.
 */
export function Adoptions({ adoptions }: { adoptions: AdoptionItem[] }) {
  const { t } = useT();
  const reuse = adoptions.filter((a) => a.countsAsReuse);
  const own = adoptions.filter((a) => !a.countsAsReuse && a.byProducer);
  const claims = adoptions.filter((a) => !a.countsAsReuse && !a.byProducer);
  // One live region for every list: a confirmed claim moves to the reuse list (a new row).
  const [announce, setAnnounce] = useState('');
  return (
    <>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <Section title={t('deliverable.reuse')} empty={reuse.length === 0} emptyText={t('deliverable.noReuse')}>
        <ul className="plain-list adoptions">
          {reuse.map((a) => (
            <AdoptionRow key={a.id} adoption={a} onDone={setAnnounce} />
          ))}
        </ul>
      </Section>
      <AdoptionGroup
        title={t('deliverable.ownUse')}
        note={t('deliverable.ownUseNote')}
        adoptions={own}
        onDone={setAnnounce}
      />
      <AdoptionGroup
        title={t('deliverable.claims')}
        note={t('deliverable.claimsNote')}
        adoptions={claims}
        onDone={setAnnounce}
      />
    </>
  );
}

/** A group of adoptions that do not count as reuse, with what it is; nothing when empty. */
function AdoptionGroup({
  title,
  note,
  adoptions,
  onDone,
}: {
  title: string;
  note: string;
  adoptions: AdoptionItem[];
  onDone: (message: string) => void;
}) {
  if (adoptions.length === 0) return null;
  return (
    <Section title={title} empty={false}>
      <p className="section-note">{note}</p>
      <ul className="plain-list adoptions">
        {adoptions.map((a) => (
          <AdoptionRow key={a.id} adoption={a} onDone={onDone} />
        ))}
      </ul>
    </Section>
  );
}

function AdoptionRow({ adoption: a, onDone }: { adoption: AdoptionItem; onDone: (message: string) => void }) {
  const { t, lang } = useT();
  return (
    <li>
      <OrgLink org={a.organisation} /> – {enumLabel(t, 'adoptionStatus', a.status)}{' '}
      <span className={a.countsAsReuse || a.byProducer ? 'badge' : 'badge badge-warn'}>
        {enumLabel(t, 'verification', a.verification)}
        {!a.countsAsReuse && <> – {t(a.byProducer ? 'deliverable.ownUseBadge' : 'deliverable.claim')}</>}
      </span>
      <ul className="adoption-details">
        {a.mode && <li>{enumLabel(t, 'adoptionMode', a.mode)}</li>}
        {(a.since || a.until) && (
          <li>
            {a.since && t('deliverable.since', { date: formatDate(a.since, lang) })}
            {a.since && a.until && ', '}
            {a.until && t('deliverable.until', { date: formatDate(a.until, lang) })}
          </li>
        )}
        {a.useCase && (
          <li>
            <LocalizedText value={a.useCase} />
          </li>
        )}
        {a.viaProject && (
          <li>
            {t('deliverable.viaProject')}:{' '}
            <Link to={`/${lang}/projects/${encodeURIComponent(a.viaProject.slug)}`}>
              <LocalizedText value={a.viaProject.name} />
            </Link>
          </li>
        )}
        {a.instanceUrl && (
          <li>
            {t('deliverable.instance')}: <ExternalLink href={a.instanceUrl} />
          </li>
        )}
        {a.evidenceUrls.map((url) => (
          <li key={url}>
            {t('deliverable.evidence')}: <ExternalLink href={url} />
          </li>
        ))}
        {a.lastConfirmedAt && (
          <li>{t('adoption.actions.lastConfirmed', { date: formatDate(a.lastConfirmedAt, lang) })}</li>
        )}
      </ul>
      <AdoptionActions adoption={a} onDone={onDone} />
    </li>
  );
}

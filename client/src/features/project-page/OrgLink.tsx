import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import type { OrgRef } from './ProjectPage.query';

/** A municipality links to its page by code, any other organisation by its id. */
export function OrgLink({ org }: { org: OrgRef }) {
  const { lang } = useT();
  const to = org.municipalityCode
    ? `/${lang}/municipalities/${org.municipalityCode}`
    : `/${lang}/organisations/${encodeURIComponent(org.id)}`;
  return (
    <Link to={to}>
      <LocalizedText value={org.name} properName />
    </Link>
  );
}

import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { organisationPath } from '../organisation/paths';
import type { OrgRef } from './ProjectPage.query';

/** An organisation's name, linked to its page: a municipality by its code, any other by its id. */
export function OrgLink({ org }: { org: Pick<OrgRef, 'id' | 'municipalityCode' | 'name'> }) {
  const { lang } = useT();
  return (
    <Link to={organisationPath(lang, org)}>
      <LocalizedText value={org.name} properName />
    </Link>
  );
}

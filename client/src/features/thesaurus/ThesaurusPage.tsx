import { Heading } from 'suomifi-ui-components';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../account/viewer';
import { AddConcept } from './AddConcept';
import { ConceptTable } from './ConceptTable';

/**
 * `/{lang}/thesaurus`: the search thesaurus for everyone to read; curators (admins) add, edit and
 * delete its concepts here. The API decides again (FORBIDDEN for anyone else).
 */
export default function ThesaurusPage() {
  const { t } = useT();
  usePageTitle(t('thesaurus.heading'));
  const { viewer } = useViewer();
  const curator = !!viewer && viewer.kind === 'USER' && viewer.isAdmin;
  return (
    <>
      <Heading variant="h1">{t('thesaurus.heading')}</Heading>
      <p>{t('thesaurus.intro')}</p>
      {curator && (
        <>
          <p>{t('thesaurus.curatorIntro')}</p>
          <AddConcept />
        </>
      )}
      <ConceptTable curator={curator} />
    </>
  );
}

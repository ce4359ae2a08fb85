import { Heading } from 'suomifi-ui-components';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { ProjectList } from './ProjectList';

/** `/{lang}/projects`: every project, a page at a time. */
export default function ProjectsPage() {
  const { t } = useT();
  usePageTitle(t('projects.heading'));
  return (
    <>
      <Heading variant="h1">{t('projects.heading')}</Heading>
      <ProjectList />
    </>
  );
}

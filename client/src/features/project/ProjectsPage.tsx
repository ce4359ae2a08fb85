import { Heading } from 'suomifi-ui-components';
import { CsvLink } from '../../app/CsvLink';
import { listCsvUrl } from '../../app/exports';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { ProjectList } from './ProjectList';

/** `/{lang}/projects`: every project, a page at a time, and all of them as a CSV download. */
export default function ProjectsPage() {
  const { t, lang } = useT();
  usePageTitle(t('projects.heading'));
  return (
    <>
      <Heading variant="h1">{t('projects.heading')}</Heading>
      {/* The list has no filters, so neither has its download: every project, 5,000 a file. */}
      <p className="list-downloads">
        <CsvLink href={listCsvUrl('projects', lang)}>{t('csv.projects')}</CsvLink>
      </p>
      <ProjectList />
    </>
  );
}

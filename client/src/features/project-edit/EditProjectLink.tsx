import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { mayEditProject, useViewer } from '../account/viewer';

/** "Edit" and "Add a deliverable" on a project's page, for those who may edit it. */
export function EditProjectLink({
  projectId,
  slug,
  organisationIds,
}: {
  projectId: string;
  slug: string;
  organisationIds: string[];
}) {
  const { t, lang } = useT();
  const { viewer } = useViewer();
  if (!mayEditProject(viewer, projectId, organisationIds)) return null;
  const base = `/${lang}/projects/${encodeURIComponent(slug)}`;
  return (
    <p className="editor-actions">
      <Link to={`${base}/edit`}>{t('projectEdit.editLink')}</Link>
      <Link to={`${base}/deliverables/new`}>{t('deliverableEdit.newLink')}</Link>
    </p>
  );
}

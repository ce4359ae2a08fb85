import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { graphql } from '../../graphql';
import { mayEditProject, useViewer, type Viewer } from '../account/viewer';
import { deliverablePath } from '../deliverable/paths';
import { releaseFilesPath } from '../upload/paths';
import '../../app/forms.css';

const EditorActionsQuery = graphql(`
  query DeliverableEditorActions_Query($id: ID!) {
    deliverable(id: $id) {
      id
      projects {
        id
        participants(first: 100) {
          nodes {
            id
            organisation {
              id
            }
          }
        }
      }
      releases {
        id
        version
      }
    }
  }
`);

type ProjectFacts = { id: string; participants: { nodes: { organisation: { id: string } }[] } };

/** Whether to offer editing a deliverable: whoever may edit one of the projects it came from. */
export function mayEditDeliverable(viewer: Viewer | null | undefined, projects: readonly ProjectFacts[]): boolean {
  return projects.some((p) =>
    mayEditProject(
      viewer,
      p.id,
      p.participants.nodes.map((n) => n.organisation.id),
    ),
  );
}

/**
 * The deliverable's editor facts when the viewer may edit it, else null. Every caller on a page
 * shares one query (urql deduplicates it), asked only when someone is signed in.
 */
export function useEditableDeliverable(deliverableId: string) {
  const { viewer } = useViewer();
  const [{ data }] = useQuery({ query: EditorActionsQuery, variables: { id: deliverableId }, pause: !viewer });
  const d = data?.deliverable;
  return d && mayEditDeliverable(viewer, d.projects) ? d : null;
}

/** On a deliverable's page, for its editors: edit it, publish a release, add files to a release. */
export function EditorActions({ deliverableId }: { deliverableId: string }) {
  const { t, lang } = useT();
  const d = useEditableDeliverable(deliverableId);
  if (!d) return null;
  const base = deliverablePath(lang, d.id);
  return (
    <nav className="editor-actions" aria-label={t('deliverableEdit.editorActions')}>
      <Link to={`${base}/edit`}>{t('deliverableEdit.editLink')}</Link>
      <Link to={`${base}/releases/new`}>{t('deliverableEdit.newReleaseLink')}</Link>
      {d.releases.map((r) => (
        <Link key={r.id} to={releaseFilesPath(lang, r.id)}>
          {t('upload.filesOfVersionLink', { version: r.version })}
        </Link>
      ))}
    </nav>
  );
}

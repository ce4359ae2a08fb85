import { Heading } from 'suomifi-ui-components';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../../app/format';
import { ConfirmAction } from '../../app/ConfirmAction';
import { CreatedNotice } from '../../app/CreatedNotice';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { useViewer } from '../account/viewer';
import { FileLink, formatSize } from '../deliverable/FileLink';
import { deliverablePath } from '../deliverable/paths';
import { EditRelease } from '../deliverable-edit/EditRelease';
import { mayEditDeliverable } from '../deliverable-edit/EditorActions';
import { FileDrop } from './FileDrop';
import { ReleaseFilesQuery, type ReleaseFile } from './ReleaseFilesPage.query';
import { deleteErrorKey, deleteFile, uploadErrorKey, uploadFile, UploadError } from './upload';

interface Upload {
  key: number;
  name: string;
  /** 0..100 */
  percent: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
}

type Uploader = typeof uploadFile;
type Deleter = (fileId: string) => Promise<void>;

/** `/{lang}/releases/:id/files`: upload files to a release (drag and drop or file input) and list them. */
export default function ReleaseFilesPage({
  upload = uploadFile,
  remove = deleteFile,
}: {
  upload?: Uploader;
  remove?: Deleter;
}) {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, reexecute] = useQuery({
    query: ReleaseFilesQuery,
    variables: { id, lang },
    requestPolicy: 'cache-and-network',
  });
  const release = data?.node?.__typename === 'Release' ? data.node : null;
  const heading = release ? t('upload.heading', { version: release.version }) : t('upload.headingPlain');
  usePageTitle(heading);

  if (!release) {
    if (data && !data.node) return <NotFound message={t('upload.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('upload.headingPlain')}</Heading>
          <LoadError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        </>
      );
    return <PageSkeleton />;
  }
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={heading} />;
  const editor = mayEditDeliverable(viewer, release.deliverable.projects);
  if (!editor) return <ForbiddenNotice heading={heading} message={t('projectEdit.forbidden')} />;

  return (
    <>
      <Heading variant="h1">{heading}</Heading>
      <CreatedNotice message={t('upload.created')} />
      <p>
        {t('deliverableEdit.forDeliverable')}:{' '}
        <Link to={deliverablePath(lang, release.deliverable.id)}>
          <LocalizedText value={release.deliverable.title} />
        </Link>
        {release.releasedAt && <> ({formatDate(release.releasedAt, lang)})</>}
      </p>
      <Uploads releaseId={release.id} upload={upload} onUploaded={() => reexecute({ requestPolicy: 'network-only' })} />
      <FileList files={release.files} remove={remove} onDeleted={() => reexecute({ requestPolicy: 'network-only' })} />
      <EditRelease release={release} />
    </>
  );
}

function Uploads({ releaseId, upload, onUploaded }: { releaseId: string; upload: Uploader; onUploaded: () => void }) {
  const { t, lang } = useT();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announce, setAnnounce] = useState('');
  const next = useRef(0);
  const queue = useRef(Promise.resolve());

  const patch = (key: number, p: Partial<Upload>) =>
    setUploads((us) => us.map((u) => (u.key === key ? { ...u, ...p } : u)));

  const onFiles = (files: File[]) => {
    for (const file of files) {
      const key = next.current++;
      if (file.size === 0) {
        // The API refuses an empty file: say so without sending it.
        const error = t('upload.error.empty', { name: file.name });
        setUploads((us) => [...us, { key, name: file.name, percent: 0, state: 'failed', error }]);
        setAnnounce(error);
        continue;
      }
      setUploads((us) => [...us, { key, name: file.name, percent: 0, state: 'waiting' }]);
      // One request per file (the API takes one file each), one after another.
      queue.current = queue.current.then(async () => {
        patch(key, { state: 'uploading' });
        try {
          await upload(releaseId, file, (f) => patch(key, { percent: Math.round(f * 100) })).done;
          patch(key, { state: 'done', percent: 100 });
          setAnnounce(t('upload.done', { name: file.name }));
          onUploaded();
        } catch (err) {
          const limit =
            err instanceof UploadError && typeof err.details.maxBytes === 'number' ? err.details.maxBytes : null;
          const message = t(uploadErrorKey(err), {
            name: file.name,
            limit: limit ? formatSize(limit, lang) : '',
          });
          patch(key, { state: 'failed', error: message });
          setAnnounce(message);
        }
      });
    }
  };

  return (
    <section aria-labelledby="upload-heading">
      <Heading variant="h2" id="upload-heading">
        {t('upload.add')}
      </Heading>
      <FileDrop onFiles={onFiles} hint={t('upload.hint')} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {uploads.length > 0 && (
        <ul className="plain-list upload-progress">
          {uploads.map((u) => (
            <li key={u.key} className={u.state === 'failed' ? 'field field-invalid' : 'field'}>
              {u.state === 'failed' ? (
                <>
                  <p className="field-label">{u.name}</p>
                  <p className="field-error">{u.error}</p>
                </>
              ) : (
                <>
                  <label htmlFor={`upload-${u.key}`} className="field-label">
                    {u.name}
                  </label>
                  <progress id={`upload-${u.key}`} max={100} value={u.percent} aria-valuetext={`${u.percent} %`} />
                  <span className="upload-percent">
                    {u.state === 'done'
                      ? t('upload.complete')
                      : u.state === 'waiting'
                        ? t('upload.waiting')
                        : `${u.percent} %`}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The release's files, each with a delete that asks first (a deleted file cannot be restored).
 * There is no GraphQL mutation to update Graphcache from: after a DELETE the release is asked again
 * (network-only), which replaces its cached `files` wherever the release is shown.
 */
function FileList({ files, remove, onDeleted }: { files: ReleaseFile[]; remove: Deleter; onDeleted: () => void }) {
  const { t } = useT();
  const [announce, setAnnounce] = useState('');
  return (
    <section aria-labelledby="files-heading">
      <Heading variant="h2" id="files-heading">
        {t('upload.files')}
      </Heading>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {files.length === 0 ? (
        <p className="empty">{t('upload.noFiles')}</p>
      ) : (
        <ul className="uploaded-files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="file-info">
                <FileLink file={f} />
              </span>
              <DeleteFile
                file={f}
                remove={remove}
                onDeleted={() => {
                  setAnnounce(t('upload.deleted', { name: f.filename }));
                  onDeleted();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeleteFile({ file, remove, onDeleted }: { file: ReleaseFile; remove: Deleter; onDeleted: () => void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onConfirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await remove(file.id);
      onDeleted();
    } catch (err) {
      setError(t(deleteErrorKey(err), { name: file.filename }));
      setBusy(false);
    }
  };
  return (
    <ConfirmAction
      label={t('upload.delete')}
      target={file.filename}
      question={t('upload.confirmDelete', { name: file.filename })}
      confirmLabel={t('upload.confirmDeleteButton')}
      busy={busy}
      error={error}
      onConfirm={() => void onConfirm()}
      variant="secondaryNoBorder"
      className="file-delete"
      groupClassName="file-delete-confirm"
    />
  );
}

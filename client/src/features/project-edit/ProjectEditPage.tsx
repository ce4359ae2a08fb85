import { THEMES } from '../../app/themes';
import { Notice } from '../../app/Notice';
import { Button, Heading } from 'suomifi-ui-components';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import {
  CheckGroup,
  ErrorSummary,
  fieldId,
  formErrors,
  newIdempotencyKey,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
} from '../../app/forms';
import { enumLabel, useT } from '../../app/i18n';
import { LANGS, type Lang } from '../../app/lang';
import { LIMITS } from '../../app/limits';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ForbiddenNotice, SignInNotice } from '../account/SignInNotice';
import { mayEditProject, mayLeadProject, useViewer } from '../account/viewer';
import { InviteMember } from '../invitation/InviteMember';
import { checkProject } from './check-project';
import { LanguageFields, languageLabels, textsInput, textsOf, type LocalizedField, type Texts } from './LanguageFields';
import { PROJECT_STATUSES, ProjectEditQuery, UpdateProjectMutation, type ProjectEditData } from './ProjectEdit.query';

/** What the form edits, as strings (empty = not set). */
export interface ProjectValues {
  name: Texts;
  summary: Texts;
  description: Texts;
  themes: string[];
  status: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  website: string;
}

type Key = keyof ProjectValues;
const KEYS: Key[] = [
  'name',
  'summary',
  'description',
  'themes',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'website',
];
const DATES = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;

export function valuesOf(p: ProjectEditData): ProjectValues {
  return {
    name: textsOf(p.nameTranslations),
    summary: textsOf(p.summaryTranslations),
    description: textsOf(p.descriptionTranslations),
    themes: [...p.themes].sort(),
    status: p.status,
    plannedStart: p.plannedStart ?? '',
    plannedEnd: p.plannedEnd ?? '',
    actualStart: p.actualStart ?? '',
    actualEnd: p.actualEnd ?? '',
    website: p.website ?? '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the user changed compared with the version the edit started from. */
export function changedKeys(base: ProjectValues, values: ProjectValues): Key[] {
  return KEYS.filter((k) => !same(k === 'themes' ? [...values.themes].sort() : values[k], base[k]));
}

/** Only the changed fields go to the API, so an edit never rewrites what the user did not touch. */
function inputOf(id: string, version: number, values: ProjectValues, keys: Key[]) {
  const input: Record<string, unknown> = { id, expectedVersion: version };
  for (const k of keys) {
    const v = values[k];
    if (k === 'name' || k === 'summary' || k === 'description') input[k] = textsInput(v as Texts);
    else if (k === 'themes') input[k] = v;
    else input[k] = (v as string).trim() === '' ? null : (v as string).trim();
  }
  return input as { id: string; expectedVersion: number };
}

interface Base {
  version: number;
  values: ProjectValues;
}

/** `/{lang}/projects/:slug/edit`: a project's texts in three languages, themes, status, dates and website. */
export default function ProjectEditPage() {
  const { t, lang } = useT();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, retry] = useQuery({
    query: ProjectEditQuery,
    variables: { slug, lang },
    requestPolicy: 'cache-and-network',
  });
  const project = data?.project;
  usePageTitle(project ? `${t('projectEdit.heading')}: ${project.name.text}` : t('projectEdit.heading'));

  if (!project) {
    if (error && isNotFound(error)) return <NotFound message={t('project.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('projectEdit.heading')}</Heading>
          <LoadError
            error={error}
            message={t('project.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }
  if (viewer === undefined) return <PageSkeleton />;
  if (viewer === null) return <SignInNotice heading={t('projectEdit.heading')} />;
  const orgs = project.participants.nodes.map((p) => p.organisation.id);
  if (!mayEditProject(viewer, project.id, orgs))
    return <ForbiddenNotice heading={t('projectEdit.heading')} message={t('projectEdit.forbidden')} />;

  return (
    <>
      <Heading variant="h1">
        {t('projectEdit.heading')}: <LocalizedText value={project.name} />
      </Heading>
      <p>
        <Link to={`/${lang}/projects/${encodeURIComponent(project.slug)}`}>{t('projectEdit.backToProject')}</Link>
      </p>
      {project.archivedAt ? (
        <Notice tone="warning">
          <p>{t('projectEdit.archived')}</p>
        </Notice>
      ) : (
        <ProjectForm project={project} />
      )}
      {!project.archivedAt && mayLeadProject(viewer, project.id) && <InviteMember projectId={project.id} />}
    </>
  );
}

function ProjectForm({ project }: { project: ProjectEditData }) {
  const { t, lang } = useT();
  const client = useClient();
  const [base, setBase] = useState<Base>(() => ({ version: project.version, values: valuesOf(project) }));
  const [values, setValues] = useState<ProjectValues>(base.values);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<{ server: Base; mine: ProjectValues; keys: Key[] } | null>(null);
  const [{ fetching }, update] = useMutation(UpdateProjectMutation);
  const form = useFormErrors();
  const savedRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  // Discarding my changes removes the panel whose button had focus: go on from the form's first field.
  const [discarded, setDiscarded] = useState(0);
  useEffect(() => {
    if (discarded) document.getElementById(fieldId('name.fi'))?.focus();
  }, [discarded]);

  const textFields: LocalizedField[] = [
    { field: 'name', label: t('projectEdit.name'), maxLength: LIMITS.name },
    { field: 'summary', label: t('projectEdit.summary'), multiline: true, rows: 3, maxLength: LIMITS.text },
    { field: 'description', label: t('projectEdit.description'), multiline: true, rows: 6, maxLength: LIMITS.text },
  ];
  const labels: Record<string, string> = {
    ...languageLabels(textFields, t),
    themes: t('projectEdit.themes'),
    status: t('projectEdit.status'),
    website: t('projectEdit.website'),
    ...Object.fromEntries(DATES.map((d) => [d, t(`projectEdit.${d}`)])),
  };

  const set = <K extends Key>(k: K, v: ProjectValues[K]) => {
    setSaved(false);
    setValues((old) => ({ ...old, [k]: v }));
  };

  const save = async (from: Base, next: ProjectValues) => {
    if (fetching) return;
    setSaved(false);
    const keys = changedKeys(from.values, next);
    if (keys.length === 0) return form.fail([{ message: t('projectEdit.noChanges') }]);
    const result = await update({
      input: inputOf(project.id, from.version, next, keys),
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) {
      const f = formErrors(result.error, t);
      if (f.code === 'CONFLICT') {
        // Someone saved in between: fetch what is stored now and let the user choose.
        const fresh = await client
          .query(ProjectEditQuery, { slug: project.slug, lang }, { requestPolicy: 'network-only' })
          .toPromise();
        const p = fresh.data?.project;
        if (p) {
          form.clear();
          setConflict({ server: { version: p.version, values: valuesOf(p) }, mine: next, keys });
          return;
        }
      }
      return form.fail(f.errors);
    }
    const p = result.data!.updateProject;
    const stored = { version: p.version, values: valuesOf(p) };
    form.clear();
    setConflict(null);
    setBase(stored);
    setValues(stored.values);
    setSaved(true);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = checkProject(values, t);
    if (bad.length) return form.fail(bad);
    void save(base, values);
  };

  const reload = () => {
    if (!conflict) return;
    setBase(conflict.server);
    setValues(conflict.server.values);
    setConflict(null);
    setDiscarded((n) => n + 1);
  };

  const reapply = () => {
    if (!conflict) return;
    // My changed fields on top of what is stored now, saved against the new version.
    const merged = { ...conflict.server.values };
    for (const k of conflict.keys) (merged as Record<Key, unknown>)[k] = conflict.mine[k];
    setBase(conflict.server);
    setValues(merged);
    setConflict(null);
    void save(conflict.server, merged);
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} labels={labels} />
      {saved && (
        <Notice tone="success" role="status" tabIndex={-1} ref={savedRef}>
          <p>
            {t('projectEdit.saved')}{' '}
            <Link to={`/${lang}/projects/${encodeURIComponent(project.slug)}`}>{t('projectEdit.backToProject')}</Link>
          </p>
        </Notice>
      )}
      {conflict && (
        <ConflictPanel
          panelRef={conflictRef}
          keys={conflict.keys}
          mine={conflict.mine}
          server={conflict.server.values}
          labels={labels}
          onReload={reload}
          onReapply={reapply}
        />
      )}
      <p className="tabs-note">{t('projectEdit.languagesNote')}</p>
      <LanguageFields
        fields={textFields}
        values={{ name: values.name, summary: values.summary, description: values.description }}
        onChange={(field, l, v) => set(field as 'name', { ...values[field as 'name'], [l]: v })}
        fieldError={form.fieldError}
      />
      <fieldset>
        <legend>{t('projectEdit.facts')}</legend>
        <SelectField
          field="status"
          label={labels.status}
          value={values.status}
          onChange={(v) => set('status', v)}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'projectStatus', s) }))}
          error={form.fieldError('status')}
        />
        {DATES.map((d) => (
          <TextField
            key={d}
            field={d}
            type="date"
            label={labels[d]}
            value={values[d]}
            onChange={(v) => set(d, v)}
            error={form.fieldError(d)}
          />
        ))}
        <TextField
          field="website"
          type="url"
          inputMode="url"
          label={labels.website}
          hint={t('form.urlHint')}
          maxLength={LIMITS.url}
          value={values.website}
          onChange={(v) => set('website', v)}
          error={form.fieldError('website')}
        />
      </fieldset>
      <ThemesField
        value={values.themes}
        onChange={(v) => set('themes', v)}
        error={form.fieldError('themes')}
        label={labels.themes}
      />
      <div className="form-actions">
        <SubmitButton busy={fetching}>{fetching ? t('form.saving') : t('form.save')}</SubmitButton>
        <Link to={`/${lang}/projects/${encodeURIComponent(project.slug)}`}>{t('form.cancel')}</Link>
      </div>
    </form>
  );
}

function ThemesField({
  value,
  onChange,
  error,
  label,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  error?: React.ReactNode;
  label: string;
}) {
  const { t } = useT();
  return (
    <CheckGroup
      field="themes"
      label={label}
      hint={t('projectEdit.themesHint')}
      options={THEMES.map((th) => ({ value: th, label: enumLabel(t, 'theme', th) }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function show(v: ProjectValues[Key], key: Key, t: TFunction): React.ReactNode {
  if (typeof v === 'string') {
    if (key === 'status') return v ? enumLabel(t, 'projectStatus', v) : '–';
    return v || '–';
  }
  if (Array.isArray(v)) return v.length ? v.map((x) => enumLabel(t, 'theme', x)).join(', ') : '–';
  const texts = v as Texts;
  return (
    <ul className="plain-list">
      {LANGS.map((l: Lang) => (
        <li key={l}>
          <strong>{l}:</strong> <span lang={l}>{texts[l] || '–'}</span>
        </li>
      ))}
    </ul>
  );
}

/** Someone else saved first: both versions side by side, and the two ways on. */
export function ConflictPanel({
  panelRef,
  keys,
  mine,
  server,
  labels,
  onReload,
  onReapply,
}: {
  panelRef: React.RefObject<HTMLDivElement | null>;
  keys: Key[];
  mine: ProjectValues;
  server: ProjectValues;
  labels: Record<string, string>;
  onReload: () => void;
  onReapply: () => void;
}) {
  const { t } = useT();
  return (
    <Notice
      tone="warning"
      className="conflict"
      role="alert"
      tabIndex={-1}
      ref={panelRef}
      aria-labelledby="conflict-heading"
    >
      <Heading variant="h2" id="conflict-heading">
        {t('projectEdit.conflictHeading')}
      </Heading>
      <p>{t('projectEdit.conflictText')}</p>
      <div className="table-scroll">
        <table className="conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('projectEdit.conflictField')}</th>
              <th scope="col">{t('projectEdit.conflictMine')}</th>
              <th scope="col">{t('projectEdit.conflictServer')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{labels[k]}</th>
                <td>{show(mine[k], k, t)}</td>
                <td>{show(server[k], k, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button onClick={onReapply}>{t('projectEdit.reapply')}</Button>
        <Button variant="secondary" onClick={onReload}>
          {t('projectEdit.reload')}
        </Button>
      </div>
    </Notice>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, Heading } from 'suomifi-ui-components';
import { useClient, type CombinedError } from 'urql';
import { formatDate } from '../../app/format';
import { fieldId, formErrors, TextArea, TextField } from '../../app/forms';
import { useT } from '../../app/i18n';
import { Notice } from '../../app/Notice';
import { PubliccodeDraftQuery, type DeliverableDraft, type PubliccodeIssue } from './publiccode.queries';
import { PubliccodeIssues } from './PubliccodeIssues';

/** What the API reads at most (publiccodeDraft's yaml argument and fetched files). */
const MAX_BYTES = 256 * 1024;

type Source = 'yaml' | 'url';
const FIELD: Record<Source, string> = { yaml: 'publiccodeYaml', url: 'publiccodeUrl' };

/** A problem with what was given (not with the file's contents); `english` marks the API's words. */
interface InputProblem {
  source?: Source;
  message: string;
  english?: boolean;
}

type Outcome =
  | { kind: 'input'; problems: InputProblem[] }
  | { kind: 'issues'; issues: PubliccodeIssue[]; text?: string }
  | { kind: 'filled'; warnings: PubliccodeIssue[]; version: string | null; date: string | null };

/** The request's error as problems: BAD_USER_INPUT names its argument (yaml or url). */
function requestProblems(error: CombinedError, t: (k: string) => string): InputProblem[] {
  const bad = error.graphQLErrors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (bad.length === 0) return formErrors(error, t).errors.map((e) => ({ message: e.message }));
  return bad.map((e) => {
    const arg = String(e.extensions?.field ?? e.extensions?.argumentName ?? '');
    return { source: arg === 'url' || arg === 'yaml' ? arg : undefined, message: e.message, english: true };
  });
}

/**
 * "Fill in from a publiccode.yml" on the new deliverable page: reads a pasted file or an https
 * address with the publiccodeDraft query (which stores nothing) and hands the draft to `onFill`.
 * Problems are listed in a summary that takes focus; success is said in a polite status.
 */
export function PubliccodeImport({ onFill }: { onFill: (draft: DeliverableDraft) => void }) {
  const { t, lang } = useT();
  const client = useClient();
  const [yaml, setYaml] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const fail = (next: Outcome) => {
    setOutcome(next);
    setFailures((n) => n + 1);
  };

  const local = (): InputProblem[] => {
    const text = yaml.trim();
    const address = url.trim();
    if (!text && !address) return [{ source: 'yaml', message: t('publiccodeImport.nothing') }];
    if (text && address) return [{ source: 'url', message: t('publiccodeImport.both') }];
    if (address && !/^https:\/\/[^\s/]+/i.test(address))
      return [{ source: 'url', message: t('publiccodeImport.https') }];
    if (text && new TextEncoder().encode(yaml).length > MAX_BYTES)
      return [{ source: 'yaml', message: t('publiccodeImport.tooLarge') }];
    return [];
  };

  const read = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problems = local();
    if (problems.length) return fail({ kind: 'input', problems });
    const text = yaml.trim() ? yaml : undefined;
    setBusy(true);
    try {
      const result = await client
        .query(PubliccodeDraftQuery, text ? { yaml: text } : { url: url.trim() }, { requestPolicy: 'network-only' })
        .toPromise();
      const answer = result.data?.publiccodeDraft;
      if (result.error || !answer)
        return fail({
          kind: 'input',
          problems: result.error ? requestProblems(result.error, t) : [{ message: t('form.error.server') }],
        });
      if (answer.errors.length || !answer.draft) return fail({ kind: 'issues', issues: answer.errors, text });
      onFill(answer.draft);
      setOutcome({
        kind: 'filled',
        warnings: answer.warnings,
        version: answer.draft.softwareVersion,
        date: answer.draft.releaseDate,
      });
    } finally {
      setBusy(false);
    }
  };

  const problemOf = (source: Source) =>
    outcome?.kind === 'input'
      ? outcome.problems
          .filter((p) => p.source === source)
          .map((p) => p.message)
          .join(' ') || undefined
      : undefined;
  const label = (source: Source) => t(`publiccodeImport.${source}`);

  return (
    <Expander className="publiccode-import">
      <ExpanderTitleButton asHeading="h2">{t('publiccodeImport.heading')}</ExpanderTitleButton>
      <ExpanderContent>
        <p>{t('publiccodeImport.intro')}</p>
        <form noValidate onSubmit={(e) => void read(e)}>
          {(outcome?.kind === 'input' || outcome?.kind === 'issues') && (
            <Notice tone="error" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={titleId}>
              <Heading variant="h3" id={titleId}>
                {outcome.kind === 'issues' ? t('publiccodeImport.invalid') : t('form.errorSummary')}
              </Heading>
              {outcome.kind === 'issues' ? (
                <>
                  <p>{t('publiccodeImport.invalidNote')}</p>
                  <PubliccodeIssues issues={outcome.issues} textareaId={fieldId(FIELD.yaml)} text={outcome.text} />
                </>
              ) : (
                <ul>
                  {outcome.problems.map((p, i) => (
                    <li key={i}>
                      {p.source && (
                        <a
                          href={`#${fieldId(FIELD[p.source])}`}
                          onClick={(ev) => {
                            const el = document.getElementById(fieldId(FIELD[p.source!]));
                            if (!el) return;
                            ev.preventDefault();
                            el.focus();
                          }}
                        >
                          {label(p.source)}
                        </a>
                      )}
                      {p.source && ': '}
                      <span lang={p.english && lang !== 'en' ? 'en' : undefined}>{p.message}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Notice>
          )}
          <TextArea
            field={FIELD.yaml}
            label={label('yaml')}
            hint={t('publiccodeImport.yamlHint')}
            rows={10}
            value={yaml}
            onChange={setYaml}
            error={problemOf('yaml')}
          />
          <TextField
            field={FIELD.url}
            type="url"
            inputMode="url"
            label={label('url')}
            hint={t('publiccodeImport.urlHint')}
            value={url}
            onChange={setUrl}
            error={problemOf('url')}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
              {busy ? t('publiccodeImport.reading') : t('publiccodeImport.read')}
            </Button>
          </div>
        </form>
        <div role="status" className="publiccode-status">
          {outcome?.kind === 'filled' && (
            <Notice tone="success">
              <p>{t('publiccodeImport.filled')}</p>
              {outcome.version && (
                <p>
                  {outcome.date
                    ? t('publiccodeImport.versionDated', {
                        version: outcome.version,
                        date: formatDate(outcome.date, lang),
                      })
                    : t('publiccodeImport.version', { version: outcome.version })}
                </p>
              )}
              {outcome.warnings.length > 0 && (
                <>
                  <p>{t('publiccodeImport.warnings')}</p>
                  <PubliccodeIssues issues={outcome.warnings} />
                </>
              )}
            </Notice>
          )}
        </div>
      </ExpanderContent>
    </Expander>
  );
}

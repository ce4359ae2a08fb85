import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Heading, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import type { CombinedError } from 'urql';
import { CharacterCount } from './CharacterCount';
import { useT } from './i18n';
import { LIMITS } from './limits';
import './forms.css';

/**
 * A fresh idempotency key per submit (8..100 of letters, digits and `._:-`): a double click or a
 * retry of the same submit is answered with the first result instead of creating twice.
 * getRandomValues works outside secure contexts too, unlike randomUUID.
 */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The id of the input that edits an API input field: `name.fi` -> `f-name-fi`. */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^\w-]+/g, '-')}`;
}

export interface FieldError {
  /** The API's input field path (`name.fi`, `links.0.url`), or none for a form-wide error. */
  field?: string;
  message: string;
  /** The message's language when it is not the page's: the API's own messages are English. */
  lang?: string;
}

export interface FormErrors {
  /** extensions.code of the first error, or NETWORK. */
  code: string;
  errors: FieldError[];
  /** For CONFLICT: the field the server named (expectedVersion for stale edits). */
  conflictField?: string;
}

/** A form's error of a field, marked with its language where needed (see useFormErrors). */
export type FieldErrorOf = (field: string) => ReactNode;

/** `input.name.fi` and `name.fi` are the same field to the form. */
const stripInput = (f: string) => f.replace(/^input\./, '');

/**
 * A mutation's error as messages for the error summary and the fields: BAD_USER_INPUT names each
 * bad field in `extensions.fields` (or `extensions.field`); other codes get a localised sentence.
 * The API's own sentences are English: they keep `lang: 'en'` so that they are read as English.
 */
export function formErrors(error: CombinedError, t: (key: string) => string): FormErrors {
  if (error.graphQLErrors.length === 0 && error.response?.status === 413)
    return { code: 'PAYLOAD_TOO_LARGE', errors: [{ message: t('form.error.tooLarge') }] };
  if (error.networkError || error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', errors: [{ message: t('form.error.network') }] };
  }
  const first = error.graphQLErrors[0];
  const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const errors: FieldError[] = [];
  for (const e of error.graphQLErrors) {
    const ext = (e.extensions ?? {}) as { code?: string; field?: string; fields?: FieldError[] };
    if (ext.code === 'BAD_USER_INPUT') {
      if (ext.fields?.length) {
        for (const f of ext.fields)
          errors.push({ field: f.field ? stripInput(f.field) : undefined, message: f.message, lang: 'en' });
      } else errors.push({ field: ext.field ? stripInput(ext.field) : undefined, message: e.message, lang: 'en' });
    } else {
      const known = knownMessage(String(ext.code), e.message, ext.field, t);
      // A conflict about a field (a version or address already taken) is shown at that field.
      const field =
        ext.code === 'CONFLICT' && ext.field && ext.field !== 'expectedVersion' ? stripInput(ext.field) : undefined;
      errors.push(known ? { field, message: known } : { field, message: e.message, lang: 'en' });
    }
  }
  const conflictField = code === 'CONFLICT' ? (first.extensions?.field as string | undefined) : undefined;
  return { code, errors, conflictField };
}

/** CONFLICT messages of the API that say something exists already (adoptions, releases, links). */
const DUPLICATE = /\b(already (exists|has|takes part|linked|recorded)|is already|is taken)\b/i;

function knownMessage(
  code: string,
  message: string,
  field: string | undefined,
  t: (key: string) => string,
): string | undefined {
  switch (code) {
    case 'FORBIDDEN':
      return t('form.error.forbidden');
    case 'UNAUTHENTICATED':
      return t('form.error.unauthenticated');
    case 'NOT_FOUND':
      return t('form.error.notFound');
    case 'THROTTLED':
      return t('form.error.throttled');
    case 'UNAVAILABLE':
      return t('form.error.unavailable');
    case 'INTERNAL_SERVER_ERROR':
      return t('form.error.server');
    case 'CONFLICT':
      if (field === 'expectedVersion') return t('form.error.changed');
      if (/\barchived\b/i.test(message)) return t('form.error.archived');
      return DUPLICATE.test(message) ? t('form.error.duplicate') : undefined;
    case 'PAYLOAD_TOO_LARGE':
      return t('form.error.tooLarge');
    case 'BAD_REQUEST':
      return t('form.error.badRequest');
    default:
      return undefined;
  }
}

/** A message in its own language when that differs from the page's (WCAG 3.1.2). */
export function ErrorText({ error }: { error: FieldError }) {
  return error.lang ? <span lang={error.lang}>{error.message}</span> : <>{error.message}</>;
}

/**
 * Form error state: `fail` shows errors and moves focus to the summary (so screen readers read it
 * and keyboard users start from it); `fieldError` gives a field its message.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Each failure counts, so the same errors twice still move focus back to the summary.
  const [failures, setFailures] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures > 0) summary.current?.focus();
  }, [failures]);
  const fail = useCallback((next: FieldError[]) => {
    setErrors(next);
    setFailures((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrors([]), []);
  const fieldError = useCallback(
    (field: string): ReactNode => {
      const found = errors.filter((e) => e.field === field);
      if (found.length === 0) return undefined;
      // Plain text unless some message is in another language than the page.
      if (found.every((e) => !e.lang)) return found.map((e) => e.message).join(' ');
      return found.map((e, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <ErrorText error={e} />
        </Fragment>
      ));
    },
    [errors],
  );
  return { errors, fail, clear, fieldError, summaryRef: summary };
}

/**
 * The error summary at the top of a form: a heading and a list whose items link to the fields.
 * `labels` turns a field path into the label the user sees beside the input.
 */
export function ErrorSummary({
  errors,
  summaryRef,
  labels = {},
}: {
  errors: FieldError[];
  summaryRef: React.RefObject<HTMLDivElement | null>;
  labels?: Record<string, string>;
}) {
  const { t } = useT();
  const titleId = useId();
  if (errors.length === 0) return null;
  return (
    // The focus target is a plain element: suomi.fi's InlineAlert (18.0.0) drops its ref.
    <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <InlineAlert
        status="error"
        labelText={
          <Heading variant="h2" id={titleId}>
            {t('form.errorSummary')}
          </Heading>
        }
      >
        <ul>
          {errors.map((e, i) => (
            <li key={i}>
              {e.field ? (
                <a
                  href={`#${fieldId(e.field)}`}
                  onClick={(ev) => {
                    const el = document.getElementById(fieldId(e.field!));
                    if (!el) return;
                    ev.preventDefault();
                    el.focus();
                    el.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {labels[e.field] && `${labels[e.field]}: `}
                  <ErrorText error={e} />
                </a>
              ) : (
                <ErrorText error={e} />
              )}
            </li>
          ))}
        </ul>
      </InlineAlert>
    </div>
  );
}

interface FieldProps {
  /** The API input field path; also gives the input's id. */
  field: string;
  label: string;
  hint?: string;
  error?: ReactNode;
  children: (props: { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A label, an optional hint and error, and the input they describe. */
export function Field({ field, label, hint, error, children }: FieldProps) {
  const id = fieldId(field);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{label}: </span>
          {error}
        </p>
      )}
      {children({ id, name: field, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/**
 * A group of checkboxes that edits a list of values: a fieldset whose legend is the label, with a
 * hint and an error it is described by (the error summary links to the fieldset).
 */
export function CheckGroup({
  field,
  label,
  hint,
  options,
  value,
  onChange,
  error,
  className,
}: {
  field: string;
  label: string;
  hint: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: ReactNode;
  className?: string;
}) {
  const id = fieldId(field);
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <fieldset id={id} aria-describedby={described} tabIndex={-1} className={className}>
        <legend className={className ? 'field-label' : undefined}>{label}</legend>
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <ul className="checks">
          {options.map((o) => (
            <li key={o.value}>
              <input
                type="checkbox"
                id={`${id}-${o.value}`}
                checked={value.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))}
              />
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

/**
 * A suomi.fi input's error: its status text (`<id>-statusText`, in its aria-describedby). The
 * error summary announces the errors, so the status text itself stays quiet (aria-live off).
 */
function statusProps(error: ReactNode) {
  // statusText is typed a string but drawn as children: an error marked with its language fits.
  return error ? { status: 'error' as const, statusText: error as string, statusTextAriaLiveMode: 'off' as const } : {};
}

/**
 * suomi.fi inputs fix their id when they mount, but some of ours change theirs (a link row's id
 * follows its place among the rows sent). Mount a new input then (`key`), and give it the focus
 * and caret if the old one had them, so typing goes on.
 */
function useRemountKeepingFocus(id: string) {
  const last = useRef(id);
  const focused = useRef(false);
  // Read during render, before React replaces the element.
  if (last.current !== id && typeof document !== 'undefined')
    focused.current = document.activeElement?.id === last.current;
  useLayoutEffect(() => {
    if (last.current === id) return;
    last.current = id;
    if (!focused.current) return;
    focused.current = false;
    const el = document.getElementById(id);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.focus();
      const end = el.value.length;
      try {
        el.setSelectionRange(end, end);
      } catch {
        // Some input types (email) have no caret to place.
      }
    }
  }, [id]);
  return id;
}

/**
 * A suomi.fi text input with its label, hint and error; `value`/`onChange` as plain strings.
 * Dates keep the browser's own date input (suomi.fi's DateInput takes Finnish dates only).
 */
export function TextField({
  field,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  required,
  autoComplete,
  lang,
  inputMode,
  maxLength,
}: {
  field: string;
  label: string;
  hint?: string;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'date';
  required?: boolean;
  autoComplete?: string;
  lang?: string;
  inputMode?: 'url' | 'email';
  /** The API's limit (app/limits.ts): the browser takes no more. */
  maxLength?: number;
}) {
  const id = useRemountKeepingFocus(fieldId(field));
  if (type === 'date')
    return (
      <Field field={field} label={label} hint={hint} error={error}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={value}
            required={required}
            lang={lang}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
    );
  return (
    <TextInput
      key={id}
      id={id}
      name={field}
      className="field"
      labelText={label}
      hintText={hint}
      {...statusProps(error)}
      type={type}
      value={value}
      required={required}
      autoComplete={autoComplete}
      lang={lang}
      inputMode={inputMode}
      maxLength={maxLength}
      fullWidth
      onChange={(v) => onChange(String(v ?? ''))}
    />
  );
}

/**
 * A suomi.fi textarea with its label, hint and error. With `maxLength` (the API's limit) a counter
 * shows how much is used; the browser does not cut a longer paste, the form's check says so.
 */
export function TextArea({
  field,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
  lang,
  maxLength,
}: {
  field: string;
  label: string;
  hint?: string;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  lang?: string;
  maxLength?: number;
}) {
  const id = useRemountKeepingFocus(fieldId(field));
  const textarea = (
    <Textarea
      key={id}
      id={id}
      name={field}
      className="field"
      labelText={label}
      hintText={hint}
      {...statusProps(error)}
      rows={rows}
      value={value}
      lang={lang}
      fullWidth
      resize="vertical"
      aria-describedby={maxLength ? `${id}-count` : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  if (!maxLength) return textarea;
  return (
    <div className="field field-counted">
      {textarea}
      <CharacterCount id={`${id}-count`} value={value} max={maxLength} />
    </div>
  );
}

export function SelectField({
  field,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  empty,
}: {
  field: string;
  label: string;
  hint?: string;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** The label of a "not chosen" first option; without it a value must be chosen. */
  empty?: string;
}) {
  return (
    <Field field={field} label={label} hint={hint} error={error}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The submit button; busy while the request runs (still focusable, so focus is not lost). */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Button type="submit" aria-disabled={busy || undefined}>
      {children}
    </Button>
  );
}

// What the API's isHttpUrl (server/src/graphql/validation.ts) accepts, checked before asking it.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** An absolute http(s) URL of at most LIMITS.url (500) characters, without spaces or control characters. */
export function isHttpUrl(value: string): boolean {
  if (value.length > LIMITS.url || CONTROL.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** `''` -> null, for optional inputs sent to the API. */
export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** A same-site path to return to after signing in; anything else falls back to the language's home. */
export function safeReturnTo(value: string | null, lang: string): string {
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  return `/${lang}/`;
}

import { useEffect, useRef } from 'react';
import { Button } from 'suomifi-ui-components';
import { fieldId, isHttpUrl, orNull, TextField, type FieldError, type FieldErrorOf } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LIMITS, textLength } from '../../app/limits';

type T = (key: string, options?: Record<string, unknown>) => string;

/** What the API takes (ContactInput): at most 10 people, a name of 1..120 characters. */
export const CONTACTS_MAX = LIMITS.contacts;
const MAX_LENGTH = {
  name: LIMITS.contactName,
  role: LIMITS.contactRole,
  organisation: LIMITS.contactOrganisation,
} as const;
const PARTS = ['name', 'role', 'organisation', 'sourceUrl'] as const;
type Part = (typeof PARTS)[number];

/** One contact person as the form edits it; `key` keeps a row's inputs while rows come and go. */
export interface ContactRow {
  key: number;
  name: string;
  role: string;
  organisation: string;
  sourceUrl: string;
}

/** A contact as the API gives it (Deliverable.contacts, a publiccode.yml draft's contacts). */
export interface ContactValue {
  name: string;
  role?: string | null;
  organisation?: string | null;
  sourceUrl?: string | null;
}

export function contactRowsOf(contacts: readonly ContactValue[]): ContactRow[] {
  return contacts.map((c, key) => ({
    key,
    name: c.name,
    role: c.role ?? '',
    organisation: c.organisation ?? '',
    sourceUrl: c.sourceUrl ?? '',
  }));
}

/** The rows that are sent: a row left wholly empty is not. */
export function usedContacts(rows: readonly ContactRow[]): ContactRow[] {
  return rows.filter((r) => PARTS.some((p) => r[p].trim() !== ''));
}

/** The API's field path of a row's input: by its place among the rows sent (`contacts.0.name`). */
function rowField(rows: readonly ContactRow[], row: ContactRow, part: Part): string {
  const i = usedContacts(rows).indexOf(row);
  // Rows that are still empty are not sent; give them ids of their own.
  return i < 0 ? `contacts.new${row.key}.${part}` : `contacts.${i}.${part}`;
}

/** Error-summary labels of the contacts' inputs, numbered as the rows' legends are. */
export function contactLabels(rows: readonly ContactRow[], t: T): Record<string, string> {
  const labels: Record<string, string> = { contacts: t('deliverableEdit.contacts') };
  usedContacts(rows).forEach((row, i) => {
    const n = rows.indexOf(row) + 1;
    for (const part of PARTS) labels[`contacts.${i}.${part}`] = t(`deliverableEdit.contactPartN.${part}`, { n });
  });
  return labels;
}

/** What the API would refuse, found before asking it: a missing or long name, a non-http(s) page. */
export function contactErrors(rows: readonly ContactRow[], t: T): FieldError[] {
  const bad: FieldError[] = [];
  const used = usedContacts(rows);
  if (used.length > CONTACTS_MAX)
    bad.push({ field: 'contacts', message: t('deliverableEdit.contactsMax', { max: CONTACTS_MAX }) });
  used.forEach((row, i) => {
    if (!row.name.trim()) bad.push({ field: `contacts.${i}.name`, message: t('form.required') });
    for (const part of ['name', 'role', 'organisation'] as const)
      if (textLength(row[part]) > MAX_LENGTH[part])
        bad.push({
          field: `contacts.${i}.${part}`,
          message: t('deliverableEdit.tooLong', { max: MAX_LENGTH[part] }),
        });
    const url = row.sourceUrl.trim();
    if (url && !isHttpUrl(url)) bad.push({ field: `contacts.${i}.sourceUrl`, message: t('form.invalidUrl') });
  });
  return bad;
}

/** The `contacts` input: replaces the stored list (an empty list removes every contact). */
export function contactsInput(rows: readonly ContactRow[]) {
  return usedContacts(rows).map((r) => ({
    name: r.name.trim(),
    role: orNull(r.role),
    organisation: orNull(r.organisation),
    sourceUrl: orNull(r.sourceUrl),
  }));
}

/** "Remove <name>" while the name tells the row apart from the others, else "Remove contact person <n>". */
function removeLabel(rows: readonly ContactRow[], row: ContactRow, n: number, t: T): string {
  const name = row.name.trim();
  const same = (r: ContactRow) => r.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase();
  return name && rows.filter(same).length === 1
    ? t('deliverableEdit.removeContact', { name })
    : t('deliverableEdit.removeContactN', { n });
}

/**
 * The deliverable's contact people (publiccode.yml maintenance.contacts): add, edit and remove
 * rows, at most ten. Adding moves focus to the new row's name; removing, to the add button.
 */
export function ContactsFields({
  rows,
  onChange,
  fieldError,
}: {
  rows: readonly ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  fieldError: FieldErrorOf;
}) {
  const { t } = useT();
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the rows have changed: a new row's name input, or the add button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const id = fieldId('contacts');
  const error = fieldError('contacts');
  const full = rows.length >= CONTACTS_MAX;
  const setRow = (key: number, patch: Partial<ContactRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const key = Math.max(-1, ...rows.map((r) => r.key)) + 1;
    const row = { key, name: '', role: '', organisation: '', sourceUrl: '' };
    const next = [...rows, row];
    focusNext.current = fieldId(rowField(next, row, 'name'));
    onChange(next);
  };
  const remove = (key: number) => {
    // The pressed button goes with its row: keep the keyboard user in the list, not at the top.
    focusNext.current = 'add';
    onChange(rows.filter((r) => r.key !== key));
  };
  const described = [`${id}-hint`, error && `${id}-error`, full && `${id}-full`].filter(Boolean).join(' ');

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={described}
      className={error ? 'contacts field-invalid' : 'contacts'}
    >
      <legend>{t('deliverableEdit.contacts')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('deliverableEdit.contactsHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        const field = (part: Part) => rowField(rows, row, part);
        return (
          <fieldset key={row.key}>
            <legend>{t('deliverableEdit.contactN', { n })}</legend>
            <TextField
              field={field('name')}
              label={t('deliverableEdit.contactName')}
              value={row.name}
              onChange={(v) => setRow(row.key, { name: v })}
              error={fieldError(field('name'))}
              maxLength={LIMITS.contactName}
              autoComplete="off"
              required
            />
            <TextField
              field={field('role')}
              label={t('deliverableEdit.contactRole')}
              hint={t('deliverableEdit.contactRoleHint')}
              value={row.role}
              onChange={(v) => setRow(row.key, { role: v })}
              error={fieldError(field('role'))}
              maxLength={LIMITS.contactRole}
              autoComplete="off"
            />
            <TextField
              field={field('organisation')}
              label={t('deliverableEdit.contactOrganisation')}
              value={row.organisation}
              onChange={(v) => setRow(row.key, { organisation: v })}
              error={fieldError(field('organisation'))}
              maxLength={LIMITS.contactOrganisation}
              autoComplete="off"
            />
            <TextField
              field={field('sourceUrl')}
              type="url"
              inputMode="url"
              label={t('deliverableEdit.contactSourceUrl')}
              hint={t('deliverableEdit.contactSourceUrlHint')}
              value={row.sourceUrl}
              onChange={(v) => setRow(row.key, { sourceUrl: v })}
              error={fieldError(field('sourceUrl'))}
              maxLength={LIMITS.url}
              autoComplete="off"
            />
            <div className="form-actions">
              <Button variant="secondary" onClick={() => remove(row.key)}>
                {removeLabel(rows, row, n, t)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {full ? (
        <p className="field-hint" id={`${id}-full`}>
          {t('deliverableEdit.contactsFull', { max: CONTACTS_MAX })}
        </p>
      ) : (
        <div className="form-actions">
          <Button variant="secondary" ref={addButton} onClick={add}>
            {t('deliverableEdit.addContact')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

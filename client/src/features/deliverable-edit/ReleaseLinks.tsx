import { useRef, type Dispatch, type SetStateAction } from 'react';
import { Button } from 'suomifi-ui-components';
import { checkText, checkUrl } from '../../app/form-checks';
import { TextField, type FieldError, type FieldErrorOf } from '../../app/forms';
import type { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LIMITS } from '../../app/limits';

type T = ReturnType<typeof useT>['t'];
type Titles = { fi: string | null; sv: string | null; en: string | null };

/** One link of a release as the form edits it: the title in the page's language, the others kept. */
export interface LinkRow {
  key: number;
  url: string;
  title: string;
  /** The title as loaded, so that saving in one language keeps the other languages' titles. */
  titles: Titles | null;
}

const NO_TITLES: Titles = { fi: null, sv: null, en: null };

/** A link as the API gives it. */
export interface ReleaseLinkValue {
  url: string;
  title: Titles | null;
}

/** The rows of a release's links (one empty row when it has none, to type the first one into). */
export function linkRowsOf(links: readonly ReleaseLinkValue[], lang: Lang): LinkRow[] {
  if (!links.length) return [{ key: 0, url: '', title: '', titles: null }];
  return links.map((l, key) => ({ key, url: l.url, title: l.title?.[lang] ?? '', titles: l.title }));
}

/** The rows that are sent: a row with neither an address nor a title is left out. */
export function usedLinks(rows: LinkRow[]): LinkRow[] {
  return rows.filter((l) => l.url.trim() || l.title.trim());
}

/** The API's field path of a row's address or title: by its place among the rows sent. */
function rowField(rows: LinkRow[], row: LinkRow, part: 'url' | 'title', lang: Lang): string {
  const i = usedLinks(rows).indexOf(row);
  // Rows that are still empty are not sent; give them ids of their own.
  if (i < 0) return `links.new${row.key}.${part}`;
  return part === 'url' ? `links.${i}.url` : `links.${i}.title.${lang}`;
}

/** Error-summary labels of the links' fields, numbered as the user sees them. */
export function linkLabels(rows: LinkRow[], t: T, lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  usedLinks(rows).forEach((_, i) => {
    labels[`links.${i}.url`] = t('deliverableEdit.linkUrlN', { n: i + 1 });
    labels[`links.${i}.title.${lang}`] = t('deliverableEdit.linkTitleN', { n: i + 1 });
  });
  return labels;
}

/** What the API would refuse, found before asking it: a missing or non-http(s) address, a long title. */
export function linkErrors(rows: LinkRow[], t: T, lang: Lang): FieldError[] {
  const bad: FieldError[] = [];
  usedLinks(rows).forEach((l, i) => {
    bad.push(...checkUrl(`links.${i}.url`, l.url, t, { required: true }));
    bad.push(...checkText(`links.${i}.title.${lang}`, l.title, LIMITS.name, t));
  });
  return bad;
}

/** The `links` input: replaces the release's list (an empty list removes every link). */
export function linksInput(rows: LinkRow[], lang: Lang) {
  return usedLinks(rows).map((l) => {
    const titles = { ...NO_TITLES, ...l.titles, [lang]: l.title.trim() || null };
    return { url: l.url.trim(), title: titles.fi || titles.sv || titles.en ? titles : null };
  });
}

/**
 * The links of a release, each an address and a title: add, edit and remove rows. Shared by the
 * new-release page and the release editor.
 */
export function ReleaseLinkFields({
  t,
  lang,
  rows,
  setRows,
  fieldError,
  hint,
}: {
  t: T;
  lang: Lang;
  rows: LinkRow[];
  setRows: Dispatch<SetStateAction<LinkRow[]>>;
  fieldError: FieldErrorOf;
  hint: string;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  const setLink = (key: number, patch: Partial<LinkRow>) =>
    setRows((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const remove = (key: number) => {
    setRows((ls) => ls.filter((l) => l.key !== key));
    // The pressed button goes with its row: keep the keyboard user in the links, not at the top.
    addButton.current?.focus();
  };
  return (
    <fieldset className="release-links">
      <legend>{t('deliverableEdit.links')}</legend>
      <p className="field-hint">{hint}</p>
      {rows.map((row, n) => {
        const url = rowField(rows, row, 'url', lang);
        const title = rowField(rows, row, 'title', lang);
        return (
          <fieldset key={row.key}>
            <legend>{t('deliverableEdit.linkN', { n: n + 1 })}</legend>
            <TextField
              field={url}
              type="url"
              inputMode="url"
              label={t('deliverableEdit.linkUrl')}
              hint={t('form.urlHint')}
              maxLength={LIMITS.url}
              value={row.url}
              onChange={(v) => setLink(row.key, { url: v })}
              error={fieldError(url)}
            />
            <TextField
              field={title}
              label={t('deliverableEdit.linkTitle')}
              maxLength={LIMITS.name}
              value={row.title}
              onChange={(v) => setLink(row.key, { title: v })}
              error={fieldError(title)}
            />
            <div className="form-actions">
              <Button variant="secondary" onClick={() => remove(row.key)}>
                {t('deliverableEdit.removeLink', { n: n + 1 })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <Button
          variant="secondary"
          ref={addButton}
          onClick={() =>
            setRows((ls) => [
              ...ls,
              { key: Math.max(-1, ...ls.map((l) => l.key)) + 1, url: '', title: '', titles: null },
            ])
          }
        >
          {t('deliverableEdit.addLink')}
        </Button>
      </div>
    </fieldset>
  );
}

import { TextArea, TextField, type FieldErrorOf } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LANGS, type Lang } from '../../app/lang';

export type Texts = Record<Lang, string>;

export const emptyTexts = (): Texts => ({ fi: '', sv: '', en: '' });

/** Translations from the API (nulls) as form values (empty strings). */
export function textsOf(t: { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined): Texts {
  return { fi: t?.fi ?? '', sv: t?.sv ?? '', en: t?.en ?? '' };
}

/** Form values as an API LocalizedTextInput: empty languages are sent as null (cleared). */
export function textsInput(t: Texts): { fi: string | null; sv: string | null; en: string | null } {
  const v = (s: string) => (s.trim() === '' ? null : s.trim());
  return { fi: v(t.fi), sv: v(t.sv), en: v(t.en) };
}

export interface LocalizedField {
  /** API input field, e.g. `name`: inputs are `name.fi`, `name.sv`, `name.en`. */
  field: string;
  label: string;
  multiline?: boolean;
  rows?: number;
  /** The API's limit per language (app/limits.ts). */
  maxLength?: number;
}

/**
 * One fieldset per language (legend "In Finnish", ...) holding that language's texts, so a
 * translator fills one language at a time and screen readers announce the language with each field.
 */
export function LanguageFields({
  fields,
  values,
  onChange,
  fieldError,
}: {
  fields: LocalizedField[];
  values: Record<string, Texts>;
  onChange: (field: string, lang: Lang, value: string) => void;
  fieldError: FieldErrorOf;
}) {
  const { t } = useT();
  return (
    <>
      {LANGS.map((l) => (
        <fieldset key={l}>
          <legend>{t(`form.inLanguage.${l}`)}</legend>
          {fields.map((f) => {
            const path = `${f.field}.${l}`;
            const common = {
              field: path,
              label: `${f.label} (${t(`inLanguage.${l}`)})`,
              value: values[f.field][l],
              lang: l,
              onChange: (v: string) => onChange(f.field, l, v),
              maxLength: f.maxLength,
              error: fieldError(path) ?? (l === 'fi' ? fieldError(f.field) : undefined),
            };
            return f.multiline ? (
              <TextArea key={path} {...common} rows={f.rows} />
            ) : (
              <TextField key={path} {...common} />
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/** Labels for the error summary: `name.fi` -> "Name (fi)". */
export function languageLabels(fields: LocalizedField[], t: (key: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    out[f.field] = f.label;
    for (const l of LANGS) out[`${f.field}.${l}`] = `${f.label} (${t(`inLanguage.${l}`)})`;
  }
  return out;
}

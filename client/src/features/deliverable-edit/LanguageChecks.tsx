import { CheckGroup } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LANGS, LOCALES, type Lang } from '../../app/lang';

/** A language code's name in the page's language: ours for fi/sv/en, else the browser's. */
function languageName(code: string, lang: Lang, t: (key: string, o?: { defaultValue: string }) => string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    // An invalid code stays as it is.
  }
  return t(`enum.lang.${code}`, { defaultValue: name });
}

/**
 * Checkboxes for the content languages (ISO 639-1): Finnish, Swedish and English always, and any
 * other code the value already holds (from the API or a publiccode.yml), so none is dropped unseen.
 */
export function LanguageChecks({
  field,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  field: string;
  label: string;
  hint: string;
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: React.ReactNode;
}) {
  const { t, lang } = useT();
  const codes = [...LANGS, ...value.filter((c) => !(LANGS as readonly string[]).includes(c))];
  return (
    <CheckGroup
      field={field}
      label={label}
      hint={hint}
      options={codes.map((code) => ({ value: code, label: languageName(code, lang, t) }))}
      value={value}
      onChange={onChange}
      error={error}
      className="plain-fieldset"
    />
  );
}

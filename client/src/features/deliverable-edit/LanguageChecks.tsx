import { fieldId } from '../../app/forms';
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
  error?: string;
}) {
  const { t, lang } = useT();
  const id = fieldId(field);
  const codes = [...LANGS, ...value.filter((c) => !(LANGS as readonly string[]).includes(c))];
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <fieldset id={id} aria-describedby={described} tabIndex={-1} className="plain-fieldset">
        <legend className="field-label">{label}</legend>
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <ul className="checks">
          {codes.map((code) => (
            <li key={code}>
              <input
                type="checkbox"
                id={`${id}-${code}`}
                checked={value.includes(code)}
                onChange={(e) => onChange(e.target.checked ? [...value, code] : value.filter((x) => x !== code))}
              />
              <label htmlFor={`${id}-${code}`}>{languageName(code, lang, t)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

import { LANGS, type Lang } from './lang';
import { LANGUAGE_NAMES, STRINGS } from './strings';

/** Toggle buttons rather than a select: switching language is then an explicit action. */
export function LanguageSwitcher({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-switcher" role="group" aria-label={STRINGS[lang].language}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => onChange(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

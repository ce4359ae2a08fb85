import { Link, useLocation } from 'react-router';
import { useT } from './i18n';
import { LANGS, LANGUAGE_NAMES, pathInLang } from './lang';

/** Links, not buttons: each language version of a page has its own address (and works without JS). */
export function LanguageSwitcher() {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  return (
    <nav className="lang-switcher" aria-label={t('language')}>
      {LANGS.map((l) => (
        <Link
          key={l}
          to={pathInLang(pathname, search, l)}
          lang={l}
          hrefLang={l}
          aria-current={l === lang ? 'true' : undefined}
        >
          {LANGUAGE_NAMES[l]}
        </Link>
      ))}
    </nav>
  );
}

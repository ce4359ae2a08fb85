import { Link, useLocation } from 'react-router';
import { RouterLink } from 'suomifi-ui-components';
import { loadLanguage, useT } from './i18n';
import { LANGS, LANGUAGE_NAMES, pathInLang } from './lang';

/**
 * suomi.fi RouterLinks, not its LanguageMenu (a button that opens a menu) nor buttons: each
 * language version of a page has its own address (and works without JS).
 */
export function LanguageSwitcher() {
  const { t, lang } = useT();
  const { pathname, search } = useLocation();
  return (
    <nav className="lang-switcher" aria-label={t('language')}>
      {LANGS.map((l) => (
        <RouterLink
          asComponent={Link}
          key={l}
          to={pathInLang(pathname, search, l)}
          lang={l}
          hrefLang={l}
          aria-current={l === lang ? 'true' : undefined}
          // Fetch the language's strings as soon as the link is pointed at, before it is followed.
          onMouseEnter={() => void loadLanguage(l).catch(() => undefined)}
          onFocus={() => void loadLanguage(l).catch(() => undefined)}
        >
          {LANGUAGE_NAMES[l]}
        </RouterLink>
      ))}
    </nav>
  );
}

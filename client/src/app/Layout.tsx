import { useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { i18next, useT } from './i18n';
import { isLang } from './lang';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from '../features/account/UserMenu';

/** Header, language switcher, main landmark and footer around every page of one language. */
export function Layout() {
  const { lang: param } = useParams();
  if (!isLang(param)) return <Navigate to="/fi/" replace />;
  return <LayoutInLang />;
}

function LayoutInLang() {
  const { t, lang } = useT();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  useEffect(() => {
    // Screen readers pick their voice and browsers their hyphenation from the root element.
    document.documentElement.lang = lang;
    void i18next.changeLanguage(lang);
  }, [lang]);

  useEffect(() => {
    // After a client-side navigation, start reading (and tabbing) from the new page's content;
    // a language switch stays on the switcher so the user can see what they pressed.
    const rest = (p: string) => p.replace(/^\/[^/]*/, '');
    if (rest(pathname) !== rest(firstPath.current)) main.current?.focus();
    firstPath.current = pathname;
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <div>
            <p className="site-name">
              <Link to={`/${lang}/`}>{t('siteName')}</Link>
            </p>
            <p className="tagline">{t('tagline')}</p>
          </div>
          <nav className="main-nav" aria-label={t('mainNav')}>
            <Link to={`/${lang}/search`} aria-current={pathname.endsWith('/search') ? 'page' : undefined}>
              {t('nav.search')}
            </Link>
            <Link to={`/${lang}/projects`} aria-current={pathname.endsWith('/projects') ? 'page' : undefined}>
              {t('nav.projects')}
            </Link>
            <Link to={`/${lang}/funding`} aria-current={pathname.endsWith('/funding') ? 'page' : undefined}>
              {t('nav.funding')}
            </Link>
            <Link to={`/${lang}/regions`} aria-current={pathname.endsWith('/regions') ? 'page' : undefined}>
              {t('regions.nav')}
            </Link>
            <Link to={`/${lang}/statistics`} aria-current={pathname.endsWith('/statistics') ? 'page' : undefined}>
              {t('statistics.nav')}
            </Link>
          </nav>
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </header>
      {/* tabIndex lets the skip link move focus, not just scroll, in every browser. */}
      <main id="main" className="container" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {t('footer.source')}{' '}
            <a href={t('footer.licenceUrl')} hrefLang={lang}>
              CC BY 4.0
            </a>
            .
          </p>
          <p>{t('footer.projects')}</p>
          <nav aria-label={t('footer.nav')}>
            <ul className="footer-links">
              <li>
                <Link to={`/${lang}/accessibility`}>{t('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to={`/${lang}/api`}>{t('footer.api')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

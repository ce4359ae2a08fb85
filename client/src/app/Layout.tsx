import { useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { RouterLink } from 'suomifi-ui-components';
import { ExternalLink } from '../features/project-page/Section';
import { i18next, useT } from './i18n';
import { isLang, pathWithLang, preferredLang } from './lang';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from '../features/account/UserMenu';

/** Header, language switcher, main landmark and footer around every page of one language. */
export function Layout() {
  const { lang: param } = useParams();
  const { pathname, search, hash } = useLocation();
  if (!isLang(param)) return <Navigate to={pathWithLang(pathname, search, preferredLang()) + hash} replace />;
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
      {/* Our own anchor, not suomi.fi's SkipLink: that one positions itself by `left` (which fights the
          top-based .skip-link rules) and replaces the plain class name the e2e test checks. */}
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <div>
            <p className="site-name">
              <RouterLink asComponent={Link} to={`/${lang}/`}>
                {t('siteName')}
              </RouterLink>
            </p>
            <p className="tagline">{t('tagline')}</p>
          </div>
          <nav className="main-nav" aria-label={t('mainNav')}>
            <NavItem to="search">{t('nav.search')}</NavItem>
            <NavItem to="projects">{t('nav.projects')}</NavItem>
            <NavItem to="funding">{t('nav.funding')}</NavItem>
            <NavItem to="regions">{t('regions.nav')}</NavItem>
            <NavItem to="statistics">{t('statistics.nav')}</NavItem>
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
            <ExternalLink href={t('footer.licenceUrl')} hrefLang={lang}>
              CC BY 4.0
            </ExternalLink>
            .
          </p>
          <p>{t('footer.projects')}</p>
          <nav aria-label={t('footer.nav')}>
            <ul className="footer-links">
              <li>
                <RouterLink asComponent={Link} to={`/${lang}/accessibility`}>
                  {t('footer.accessibility')}
                </RouterLink>
              </li>
              <li>
                <RouterLink asComponent={Link} to={`/${lang}/api`}>
                  {t('footer.api')}
                </RouterLink>
              </li>
              <li>
                <RouterLink asComponent={Link} to={`/${lang}/thesaurus`}>
                  {t('footer.thesaurus')}
                </RouterLink>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

/** A main navigation link (suomi.fi RouterLink over react-router's Link), current when on its page. */
function NavItem({ to, children }: { to: string; children: string }) {
  const { lang } = useT();
  const { pathname } = useLocation();
  return (
    <RouterLink
      asComponent={Link}
      to={`/${lang}/${to}`}
      aria-current={pathname.endsWith(`/${to}`) ? 'page' : undefined}
    >
      {children}
    </RouterLink>
  );
}

import { useEffect, useState } from 'react';
import { ProjectList } from '../features/project/ProjectList';
import type { Lang } from './lang';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SITE_NAME, STRINGS } from './strings';

export function App() {
  const [lang, setLang] = useState<Lang>('fi');
  const t = STRINGS[lang];

  useEffect(() => {
    // Screen readers pick their voice and browsers their hyphenation from the root element.
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <div>
            <p className="site-name">{SITE_NAME}</p>
            <p className="tagline">{t.tagline}</p>
          </div>
          <LanguageSwitcher lang={lang} onChange={setLang} />
        </div>
      </header>
      {/* tabIndex lets the skip link move focus, not just scroll, in every browser. */}
      <main id="main" className="container" tabIndex={-1}>
        <h1>{t.projectsHeading}</h1>
        <ProjectList lang={lang} />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {t.footer.source}{' '}
            <a href={t.footer.licenceUrl} hrefLang={lang}>
              CC BY 4.0
            </a>
            .
          </p>
          <p>{t.footer.projects}</p>
        </div>
      </footer>
    </>
  );
}

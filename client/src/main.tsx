import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { SuomifiThemeProvider } from 'suomifi-ui-components';
import { Provider } from 'urql';
import { App } from './app/App';
import { isLang } from './app/lang';
import { loadLanguage } from './app/i18n';
import { createUrqlClient } from './app/urql';
import './app/fonts.css';
import './app/styles.css';

// index.html says lang="fi"; correct it before the first paint for /sv/… and /en/… addresses.
const first = window.location.pathname.split('/')[1];
if (isLang(first)) document.documentElement.lang = first;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      {/* suomi.fi's default theme (no overrides): the design tokens styles.css uses too. */}
      <SuomifiThemeProvider theme={{}}>
        <Provider value={createUrqlClient()}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </Provider>
      </SuomifiThemeProvider>
    </StrictMode>,
  );

// A Swedish or English address: its strings first (a small chunk), so the first paint is in it.
// Should that fail, render all the same: the page retries loading them.
loadLanguage(isLang(first) ? first : 'fi').then(render, render);

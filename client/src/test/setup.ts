import { afterEach } from 'vitest';
import { loadLanguage } from '../app/i18n';
import { cleanup } from './render';

// Tells React that tests wrap updates in act(), so it flushes effects and warns about stray updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(cleanup);

// Every language's strings, as the app loads them when a page in it is first shown.
await Promise.all([loadLanguage('sv'), loadLanguage('en')]);

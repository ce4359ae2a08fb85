import { afterEach } from 'vitest';
import '../app/i18n';
import { cleanup } from './render';

// Tells React that tests wrap updates in act(), so it flushes effects and warns about stray updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(cleanup);

import { i18next } from '../../i18n';
import { followEn } from './en';
import { followFi } from './fi';
import { followSv } from './sv';

export const followResources = { fi: followFi, sv: followSv, en: followEn };

// Imported by the follow button and the notifications and webhooks pages (lazy chunks): their
// strings join the bundled ones when one of them first loads, keeping the home page's load small.
for (const [lang, strings] of Object.entries(followResources))
  i18next.addResourceBundle(lang, 'translation', strings, true, true);

import i18next, { type TFunction } from 'i18next';
import { use } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useLang, type Lang } from './lang';
import { fi, type Resources } from './locales/fi';

/**
 * Finnish (the default and the fallback) is bundled; Swedish and English are chunks of their own,
 * loaded when a page in them is first shown: the home page's first load carries one language.
 */
const LOADERS: Record<Exclude<Lang, 'fi'>, () => Promise<Resources>> = {
  sv: () => import('./locales/sv').then((m) => m.sv),
  en: () => import('./locales/en').then((m) => m.en),
};
const loaded = new Set<Lang>(['fi']);
const loading = new Map<Lang, Promise<void>>();

/** Whether a language's strings are there (rendering in it will not wait). */
export function languageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads a language's strings once; the same promise to every caller (React's `use` needs that). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'fi' || loaded.has(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (strings) => {
        // Deep, without overwriting: strings of lazy features (locales/follow) may be there first.
        i18next.addResourceBundle(lang, 'translation', strings, true, false);
        loaded.add(lang);
      },
      (err: unknown) => {
        loading.delete(lang); // a later render tries again
        throw err;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

// Synchronous init: Finnish is bundled, so the first render already has its strings.
void i18next.use(initReactI18next).init({
  resources: { fi: { translation: fi } },
  lng: 'fi',
  fallbackLng: 'fi',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  react: { useSuspense: false },
});

export { i18next };

/** The language of the URL and a `t` bound to it (not to i18next's global language). */
export function useT() {
  const lang = useLang();
  // Suspends until the language is there. Navigations are transitions (React Router), so switching
  // language keeps showing the page in the old one meanwhile instead of a fallback.
  if (!languageLoaded(lang)) use(loadLanguage(lang));
  const { t } = useTranslation('translation', { lng: lang });
  return { t, lang };
}

export type EnumGroup = keyof Resources['enum'];

/**
 * The label for an enum value, or the value itself when the server sends one this client does not
 * know yet (a newer schema must not crash an older page).
 */
export function enumLabel(t: TFunction, group: EnumGroup, value: string): string {
  return t(`enum.${group}.${value}`, { defaultValue: value });
}

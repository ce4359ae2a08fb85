import i18next, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useLang } from './lang';
import { en } from './locales/en';
import { fi, type Resources } from './locales/fi';
import { sv } from './locales/sv';

/** Every string of the UI in fi, sv and en, bundled: the three together are a few kB gzipped. */
export const resources = { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } };

// Synchronous init: resources are bundled, so the first render already has its strings.
void i18next.use(initReactI18next).init({
  resources,
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

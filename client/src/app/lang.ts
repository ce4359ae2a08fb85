import { useParams } from 'react-router';

/** Values of the API's `Lang` enum, in the order the language switcher shows them. */
export const LANGS = ['fi', 'sv', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** Number and currency locale per language: Swedish as written in Finland. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of the URL (`/:lang/…`); Finnish outside a language route. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : 'fi';
}

/** The first of fi/sv/en among the browser's preferred languages, else Finnish. */
export function preferredLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fi';
}

/** The same page in another language: `/fi/projects/x?q=1` -> `/sv/projects/x?q=1`. */
export function pathInLang(pathname: string, search: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}${search}`;
}

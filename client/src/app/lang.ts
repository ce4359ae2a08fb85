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

/**
 * Where a path without a supported language goes: a language-like first segment is replaced
 * (`/de/projects` -> `/fi/projects`, `/en-GB/` -> `/en/`), anything else gets the language in
 * front (`/search?q=kaava` -> `/fi/search?q=kaava`), so a link without its language still
 * opens its page.
 */
export function pathWithLang(pathname: string, search: string, fallback: Lang): string {
  const first = pathname.split('/')[1] ?? '';
  const m = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/i.exec(first);
  if (!m) return `/${fallback}${pathname === '/' ? '/' : pathname}${search}`;
  const base = m[1].toLowerCase();
  const rest = pathname.slice(first.length + 1);
  return `/${isLang(base) ? base : fallback}${rest || '/'}${search}`;
}

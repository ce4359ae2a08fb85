/** Values of the API's `Lang` enum, in the order the language switcher shows them. */
export const LANGS = ['fi', 'sv', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** Number and currency locale per language: Swedish as written in Finland. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

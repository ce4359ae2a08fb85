import { LOCALES, type Lang } from './lang';

/** Whole euros in the language's own convention ("150 000 €", "€150,000"). */
export function formatEur(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/**
 * The label for an enum value, or the value itself when the server sends one this client does not
 * know yet (a newer schema must not crash an older page).
 */
export function enumLabel<K extends string>(labels: Record<K, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as K] : value;
}

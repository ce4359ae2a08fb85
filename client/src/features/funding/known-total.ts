import type { TFunction } from 'i18next';
import { formatNumber } from '../../app/format';
import type { Lang } from '../../app/lang';

/**
 * True when no grant of the call has a known amount: its known total (the sum of the known
 * amounts; no grant is of 0 €) would be a false "0 €" (the 2019 call's amounts were never
 * published).
 */
export function noAmountsKnown(call: { knownGrantsTotalEur: number }): boolean {
  return call.knownGrantsTotalEur === 0;
}

/**
 * "covers 14 of 16 known grants" when the known total leaves out known grants whose amount is not
 * known; null when it covers them all, or none (then the amounts are not known at all). From the
 * API's counts, so a list of calls can say it too, and a call of more grants than a page loads.
 */
export function coverage(
  t: TFunction,
  lang: Lang,
  call: { knownAmountGrantCount: number; knownGrantCount: number },
): string | null {
  const n = call.knownAmountGrantCount;
  if (n === 0 || n >= call.knownGrantCount) return null;
  return t('funding.amountsCover', {
    count: n,
    known: formatNumber(n, lang),
    total: formatNumber(call.knownGrantCount, lang),
  });
}

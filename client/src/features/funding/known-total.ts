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
 * "covers 14 of 16 known grants" when the known total leaves out grants whose amount is not known;
 * null when it covers them all, none, or the page did not load every known grant.
 */
export function coverage(
  t: TFunction,
  lang: Lang,
  call: { knownGrantCount: number; grants: { nodes: ReadonlyArray<{ maxAmountEur: number | null }> } },
): string | null {
  const { nodes } = call.grants;
  if (nodes.length < call.knownGrantCount) return null;
  const n = nodes.filter((g) => g.maxAmountEur !== null).length;
  if (n === 0 || n >= call.knownGrantCount) return null;
  return t('funding.amountsCover', {
    count: n,
    known: formatNumber(n, lang),
    total: formatNumber(call.knownGrantCount, lang),
  });
}

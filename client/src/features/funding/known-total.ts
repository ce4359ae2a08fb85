import type { TFunction } from 'i18next';
import { formatNumber } from '../../app/format';
import type { Lang } from '../../app/lang';

/** The parts of a funding call that tell how much of its grants' amounts is known. */
export interface CallAmounts {
  knownGrantCount: number;
  knownGrantsTotalEur: number;
  /** The call's grants, when the page loads them (the calls list does not). */
  grants?: { nodes: ReadonlyArray<{ maxAmountEur: number | null }> };
}

/**
 * How many of a call's known grants have a known amount. When the page did not load every grant,
 * only whether any has one can be told (`knownGrantsTotalEur` sums the known amounts, and no
 * grant is of 0 €).
 */
function withAmount(call: CallAmounts): number | null {
  const nodes = call.grants?.nodes;
  if (!nodes || nodes.length < call.knownGrantCount) return null;
  return nodes.filter((g) => g.maxAmountEur !== null).length;
}

/**
 * True when no grant of the call has a known amount: its known total would be a false "0 €"
 * (the 2019 call's amounts were never published).
 */
export function noAmountsKnown(call: CallAmounts): boolean {
  const n = withAmount(call);
  return n === null ? call.knownGrantsTotalEur === 0 : n === 0;
}

/**
 * "covers 14 of 16 known grants" when the known total leaves out grants whose amount is not known;
 * null when it covers them all (or that cannot be told).
 */
export function coverage(t: TFunction, lang: Lang, call: CallAmounts): string | null {
  const n = withAmount(call);
  if (n === null || n === 0 || n >= call.knownGrantCount) return null;
  return t('funding.amountsCover', {
    count: n,
    known: formatNumber(n, lang),
    total: formatNumber(call.knownGrantCount, lang),
  });
}

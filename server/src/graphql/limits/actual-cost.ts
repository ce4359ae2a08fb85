/**
 * The nodes a response returned, in the terms of the cost model (cost.ts): every object in
 * `data` below the root counts 1; lists, scalars and nulls count nothing. It is never above the
 * estimate, which assumes every list is full; the difference is what a short page did not use.
 */
export function actualCost(data: unknown): number {
  return data !== null && typeof data === 'object' ? objectsIn(data as Record<string, unknown>) : 0;
}

// Loops without allocating (no Object.values): this runs on every response.
function objectsIn(o: Record<string, unknown>): number {
  let n = 0;
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object')
      n += Array.isArray(v) ? objectsInList(v) : 1 + objectsIn(v as Record<string, unknown>);
  }
  return n;
}

function objectsInList(list: unknown[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v !== null && typeof v === 'object')
      n += Array.isArray(v) ? objectsInList(v) : 1 + objectsIn(v as Record<string, unknown>);
  }
  return n;
}

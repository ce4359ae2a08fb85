import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Shape of one operation with its fragments spread in: what the depth, alias and directive limits look at. */
export interface DocumentStats {
  /** Fields on the longest path, the leaf included (`{ a { b } }` is 2). */
  depth: number;
  /** Aliased fields, counted once per place a fragment is spread. */
  aliases: number;
  /** Directive uses (`@include`, `@skip` ...), counted like aliases. */
  directives: number;
}

interface Tally {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * Measures an operation. Fragments are measured once each and memoised, so a document that
 * spreads fragments exponentially costs linear time; a fragment cycle (rejected earlier by
 * validation) counts as empty instead of looping.
 */
export function documentStats(document: DocumentNode, operation: OperationDefinitionNode): DocumentStats {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Tally>();
  const inProgress = new Set<string>();

  const fragment = (name: string): Tally => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    if (!def || inProgress.has(name)) return { depth: 0, aliases: 0, directives: 0 };
    inProgress.add(name);
    const own = selectionSet(def.selectionSet);
    inProgress.delete(name);
    const t = { ...own, directives: own.directives + (def.directives?.length ?? 0) };
    memo.set(name, t);
    return t;
  };

  const selectionSet = (set: SelectionSetNode): Tally => {
    const t: Tally = { depth: 0, aliases: 0, directives: 0 };
    for (const s of set.selections) {
      t.directives += s.directives?.length ?? 0;
      let inner: Tally;
      let levels = 0;
      if (s.kind === Kind.FIELD) {
        if (s.alias) t.aliases++;
        levels = 1;
        inner = s.selectionSet ? selectionSet(s.selectionSet) : { depth: 0, aliases: 0, directives: 0 };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionSet(s.selectionSet);
      } else {
        inner = fragment(s.name.value);
      }
      t.depth = Math.max(t.depth, levels + inner.depth);
      t.aliases += inner.aliases;
      t.directives += inner.directives;
    }
    return t;
  };

  const t = selectionSet(operation.selectionSet);
  return { depth: t.depth, aliases: t.aliases, directives: t.directives + (operation.directives?.length ?? 0) };
}

import { BadUserInputError } from '../../graphql/errors.js';
import { Memo } from './search.memo.js';
import { alternativesOf, thesaurusGeneration } from './search.thesaurus.js';

/** Longest query accepted; longer ones are a client mistake, not a search. */
export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 16;

export interface Term {
  /**
   * A word (matched by prefix, stem and fuzzily), a quoted phrase (matched as a phrase), or
   * words typed together that name a concept of the thesaurus (each matched as a word, in any
   * order, or the concept's other terms).
   */
  type: 'word' | 'phrase' | 'words';
  text: string;
  negated: boolean;
  /**
   * Other words and phrases for the same concept (search.thesaurus.ts), each found word by
   * word, in any order; only for a positive term typed without quotes that names a concept.
   */
  also?: string[];
}

/** Search query in websearch style: words, "quoted phrases", -exclusions and OR between groups. */
export interface ParsedQuery {
  /** Alternatives (OR) of conjunctions (AND) of terms. Empty: browse everything. */
  groups: Term[][];
  /**
   * Something was typed, but no word to look for: only punctuation, symbols, emoji or stop
   * words (`%_'"`, `😀`, `ja`). Such a query finds nothing; it is not a browse.
   */
  unsearchable?: true;
}

// Words too common to narrow a search (PostgreSQL's Finnish, Swedish and English stop words, in part).
const STOP_WORDS = new Set(
  (
    'ja tai on ei se että kun jos sekä myös kuin niin sen ovat oli olla joka jotka mutta vaan ' +
    'och i att det som en på är av för med till den har de inte om ett men eller ' +
    'the a an and or of to in for on with is are by at from as'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:[.\-_'’][\p{L}\p{N}]+)*/gu;

/**
 * Parses a user's query. Anything can be typed: characters that are not letters or digits only
 * separate words, so SQL or tsquery syntax in the input has no effect. Over-long input and NUL
 * are BAD_USER_INPUT naming `query`.
 */
export function parseQuery(input: string | null | undefined): ParsedQuery {
  if (input == null) return { groups: [] };
  // Callers never change a parsed query; one derived from an older thesaurus is not found.
  return parsed.get(`${thesaurusGeneration()}\u0000${input}`, () => parse(input));
}

const parsed = new Memo<ParsedQuery>(1000);

function parse(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(
      'query',
      `"query" may be at most ${MAX_QUERY_LENGTH} characters long, got ${input.length}.`,
    );
  }
  if (input.includes('\u0000')) throw new BadUserInputError('query', '"query" must not contain NUL characters.');
  const groups: Term[][] = [[]];
  const tokens = input.normalize('NFC').matchAll(/(-?)"([^"]*)"?|(\S+)/g);
  let terms = 0;
  for (const [, minus, phrase, bare] of tokens) {
    if (bare !== undefined && /^(or|tai|eller)$/i.test(bare)) {
      if (groups[groups.length - 1].length > 0) groups.push([]);
      continue;
    }
    const negated = minus === '-' || (bare?.startsWith('-') ?? false);
    const text = phrase ?? bare!.replace(/^-+/, '');
    const words = (text.toLowerCase().match(WORD) ?? []).filter(
      (w) => phrase !== undefined || negated || !STOP_WORDS.has(w),
    );
    if (words.length === 0) continue;
    if (++terms > MAX_TERMS)
      throw new BadUserInputError('query', `"query" may have at most ${MAX_TERMS} words or phrases.`);
    const group = groups[groups.length - 1];
    if (phrase !== undefined && words.length > 1) group.push({ type: 'phrase', text: words.join(' '), negated });
    else for (const w of words) group.push({ type: 'word', text: w, negated, ...(phrase ? {} : { also: [] }) });
  }
  if (terms === 0 && input.trim() !== '') return { groups: [], unsearchable: true };
  return { groups: groups.filter((g) => g.length > 0).map(withSynonyms) };
}

/** Longest run of words that may name one concept (`robotic process automation`). */
const LONGEST_CONCEPT = 3;

/**
 * Adds the thesaurus's other terms to the words typed without quotes (marked by an empty
 * `also` list until here). A run of such words naming a concept together (`tiedolla
 * johtaminen`) becomes one term, found by its words or by any of the concept's other terms.
 */
function withSynonyms(group: Term[]): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < group.length;) {
    let taken = 1;
    let term: Term = group[i];
    for (let n = LONGEST_CONCEPT; n > 1; n--) {
      const run = group.slice(i, i + n);
      if (run.length < n || !run.every((t) => t.also && !t.negated)) continue;
      const text = run.map((t) => t.text).join(' ');
      const also = alternativesOf(text);
      if (also.length) {
        term = { type: 'words', text, negated: false, also };
        taken = n;
        break;
      }
    }
    if (taken === 1 && term.also) {
      const { also: _, ...plain } = term;
      const also = term.negated ? [] : alternativesOf(term.text);
      term = also.length ? { ...plain, also } : plain;
    }
    out.push(term);
    i += taken;
  }
  return out;
}

/**
 * The query with some of its words instead of all: each positive term of a group alone (with
 * the group's exclusions), so a document holding any of them matches, and ranking puts those
 * holding more of them first. Null when that changes nothing: no group has two positive terms.
 */
export function relaxQuery(query: ParsedQuery): ParsedQuery | null {
  if (!query.groups.some((g) => g.filter((t) => !t.negated).length > 1)) return null;
  return {
    groups: query.groups.flatMap((g) => {
      const excluded = g.filter((t) => t.negated);
      const positive = g.filter((t) => !t.negated);
      return positive.length ? positive.map((t) => [t, ...excluded]) : [g];
    }),
  };
}

/** A word as a prefix query in to_tsquery syntax, quoted so no character in it is an operator. */
export function prefixQuery(word: string): string {
  return `'${word.replace(/['\\]/g, '\\$&')}':*`;
}

import { Lang } from '../../domain/enums.js';

/**
 * A small fi/sv/en thesaurus of the vocabulary of municipal digitalisation projects: a word of
 * one concept also finds texts that name the same concept in another language or another form
 * (`bygglov` finds `rakennuslupa`, `kaavoitus` finds `kaava`). General-language terms and their
 * usual translations (Finland-Swedish where it differs), kept by Kuntagraph; no fact about a
 * project or a municipality. A term left out is better than a doubtful one: a wrong translation
 * brings in wrong hits.
 *
 * Each concept lists terms by language; a query word naming one of them (inflected or not, see
 * `matches`) is searched for together with the concept's other terms, and a hit is ranked by
 * each term in its own language.
 *
 * The thesaurus in use is data that curators edit (table search_concept, modules/thesaurus),
 * which the server loads with `useConcepts`; CONCEPTS below is what the migration seeded it
 * with, and what is in use until then (scripts and tests without a database).
 */
export interface Concept {
  fi: readonly string[];
  sv: readonly string[];
  en: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  { fi: ['rakennuslupa'], sv: ['bygglov'], en: ['building permit'] },
  { fi: ['rakennusvalvonta'], sv: ['byggnadstillsyn'], en: ['building control'] },
  { fi: ['kaavoitus', 'kaava', 'maankäytön suunnittelu'], sv: ['planläggning'], en: ['land use planning', 'zoning'] },
  { fi: ['asemakaava'], sv: ['detaljplan'], en: ['detailed plan'] },
  { fi: ['yleiskaava'], sv: ['generalplan'], en: ['master plan'] },
  { fi: ['maakuntakaava'], sv: ['landskapsplan'], en: ['regional plan'] },
  {
    fi: ['3d-kaupunkimalli', 'kaupunkimalli'],
    sv: ['3d-stadsmodell', 'stadsmodell'],
    en: ['3d city model', 'city model'],
  },
  { fi: ['digitaalinen kaksonen'], sv: ['digital tvilling'], en: ['digital twin'] },
  { fi: ['kulttuuriympäristö'], sv: ['kulturmiljö'], en: ['cultural environment'] },
  { fi: ['rakennusperintö'], sv: ['byggnadsarv'], en: ['built heritage'] },
  { fi: ['tietoturva', 'tietoturvallisuus'], sv: ['informationssäkerhet'], en: ['information security'] },
  { fi: ['kyberturvallisuus'], sv: ['cybersäkerhet'], en: ['cyber security', 'cybersecurity'] },
  { fi: ['tietosuoja'], sv: ['dataskydd'], en: ['data protection'] },
  { fi: ['murtotestaus'], sv: ['penetrationstestning'], en: ['penetration testing'] },
  { fi: ['pilvipalvelu'], sv: ['molntjänst'], en: ['cloud service'] },
  {
    fi: ['tiedolla johtaminen', 'tietojohtaminen'],
    sv: ['kunskapsbaserad ledning'],
    en: ['knowledge-based management'],
  },
  { fi: ['avoin data'], sv: ['öppna data'], en: ['open data'] },
  { fi: ['yhteentoimivuus'], sv: ['interoperabilitet'], en: ['interoperability'] },
  { fi: ['rajapinta'], sv: ['gränssnitt'], en: ['interface'] },
  { fi: ['paikkatieto'], sv: ['geodata', 'geografisk information'], en: ['geospatial data', 'spatial data'] },
  { fi: ['tekoäly'], sv: ['artificiell intelligens'], en: ['artificial intelligence'] },
  { fi: ['ohjelmistorobotiikka'], sv: ['programvarurobotik'], en: ['robotic process automation'] },
  { fi: ['jätehuolto'], sv: ['avfallshantering'], en: ['waste management'] },
  { fi: ['digitalisaatio', 'digitalisointi'], sv: ['digitalisering'], en: ['digitalisation', 'digitalization'] },
  { fi: ['kantakartta'], sv: ['baskarta'], en: ['base map'] },
  { fi: ['pistepilvi'], sv: ['punktmoln'], en: ['point cloud'] },
  { fi: ['laserkeilaus'], sv: ['laserskanning'], en: ['laser scanning'] },
  { fi: ['ympäristölupa'], sv: ['miljötillstånd'], en: ['environmental permit'] },
  { fi: ['sähköinen asiointi', 'e-asiointi'], sv: ['e-tjänst'], en: ['e-service'] },
  { fi: ['tunnistautuminen'], sv: ['identifiering'], en: ['identification'] },
  { fi: ['hankinta'], sv: ['upphandling'], en: ['procurement'] },
  { fi: ['osallisuus', 'osallistaminen'], sv: ['delaktighet'], en: ['participation'] },
  { fi: ['älykaupunki'], sv: ['smart stad'], en: ['smart city'] },
  { fi: ['arkistointi'], sv: ['arkivering'], en: ['archiving'] },
  { fi: ['kiinteistö'], sv: ['fastighet'], en: ['real estate'] },
  { fi: ['tietomalli'], sv: ['datamodell'], en: ['data model'] },
  { fi: ['tiedonhallinta'], sv: ['informationshantering'], en: ['information management'] },
  {
    fi: ['kokonaisarkkitehtuuri'],
    sv: ['helhetsarkitektur', 'övergripande arkitektur'],
    en: ['enterprise architecture'],
  },
  { fi: ['asianhallinta'], sv: ['ärendehantering'], en: ['case management'] },
  { fi: ['palvelumuotoilu'], sv: ['servicedesign'], en: ['service design'] },
  { fi: ['automaatio'], sv: ['automatisering'], en: ['automation'] },
  { fi: ['osaaminen'], sv: ['kompetens'], en: ['competence'] },
  { fi: ['koulutus'], sv: ['utbildning'], en: ['training'] },
  { fi: ['ylläpito'], sv: ['underhåll'], en: ['maintenance'] },
  { fi: ['asiakaspalvelu'], sv: ['kundtjänst'], en: ['customer service'] },
];

/** Most alternatives one query word may add (the longest concept is well under it). */
export const MAX_ALTERNATIVES = 8;

const normal = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * The stem a one-word term is recognised by in its inflected forms: the whole term when short,
 * else without its last two letters, which Finnish and Swedish endings and Finnish consonant
 * gradation change (`rakennuslupa` -> `rakennusluvan`, `kaavoitus` -> `kaavoituksen`,
 * `bygglov` -> `bygglovet`).
 */
function stemOf(term: string): string {
  return term.length >= 7 ? term.slice(0, -2) : term;
}

/**
 * The prefix a word of a term of several words is recognised by in its inflected forms: without
 * its last three letters, keeping at least four, which the Finnish adjective and noun endings
 * change (`digitaalinen kaksonen` -> digitaalisen kaksosen, `avoin data` -> avoimen datan,
 * `sähköinen asiointi` -> sähköisen asioinnin); the language stemmers leave these apart.
 */
function wordPrefix(word: string): string {
  return word.length >= 5 ? word.slice(0, Math.max(4, word.length - 3)) : word;
}

/** The word prefixes of a term of several words made of letters only; none for other terms. */
function wordsOf(term: string): string[] {
  const words = term.split(' ');
  return words.length > 1 && words.every((w) => /^\p{L}+$/u.test(w)) ? words.map(wordPrefix) : [];
}

interface Entry {
  term: string;
  stem: string;
  /** A term of several words: each word's prefix (wordPrefix); empty for a one-word term. */
  words: string[];
  concept: number;
  lang: Lang;
}

const LANGS: readonly Lang[] = [Lang.fi, Lang.sv, Lang.en];

/** A concept's terms in thesaurus order: Finnish, Swedish, English. */
export const termsOf = (c: Concept): string[] => LANGS.flatMap((l) => c[l]);

const entriesOf = (concepts: readonly Concept[]): Entry[] =>
  concepts.flatMap((c, concept) =>
    LANGS.flatMap((lang) =>
      c[lang].map((t) => ({ term: normal(t), stem: stemOf(normal(t)), words: wordsOf(normal(t)), concept, lang })),
    ),
  );

let ENTRIES: Entry[] = entriesOf(CONCEPTS);
let generation = 0;

/** Puts a thesaurus in use (the curated one, loaded from the database), in thesaurus order. */
export function useConcepts(concepts: readonly Concept[]): void {
  ENTRIES = entriesOf(concepts);
  generation++;
}

/** Advances each time another thesaurus is put in use: what was derived from the old one is stale. */
export function thesaurusGeneration(): number {
  return generation;
}

/**
 * The language of a thesaurus term (as alternativesOf gives it); undefined when the term left
 * the thesaurus in the meantime (a curator's edit loaded mid-request).
 */
export function languageOf(term: string): Lang | undefined {
  return ENTRIES.find((x) => x.term === term)?.lang;
}

/**
 * Whether a typed word (or quoted phrase) names a term: a phrase as it is; a word by the term's
 * stem and an ending of letters, at most four letters longer than the term (`kaavoituksen`,
 * not `kaavoituskatsaus`, another concept).
 */
function matches(typed: string, e: Entry): boolean {
  if (typed === e.term) return true;
  if (!e.term.includes(' ')) return inflected(typed, e.term, e.stem);
  // Words typed together name a term of as many words when each is that word inflected.
  const words = typed.split(' ');
  const own = e.term.split(' ');
  return e.words.length === words.length && words.every((w, i) => w === own[i] || inflected(w, own[i], e.words[i]));
}

/** Whether a typed word is `word` with another ending: its stem, then at most four more letters than `word`. */
function inflected(typed: string, word: string, stem: string): boolean {
  return typed.startsWith(stem) && typed.length <= word.length + 4 && /^\p{L}*$/u.test(typed.slice(stem.length));
}

/**
 * Prefixes (without `:*`) by which the inflected forms of terms are found among whole words (the
 * `simple` configuration), for each term given and each term a typed word names:
 * - a one-word term of at least seven letters: the stem `matches` recognises it by. The language
 *   stemmers leave Finnish consonant gradation apart (`rakennuslupa` -> rakennuslup,
 *   `rakennusluvan` -> rakennusluv); the thesaurus's stem holds both (`rakennuslu`);
 * - a term of several words: each word's prefix, to be found as adjacent words (`avoi:* <->
 *   data:*` finds "avoimen datan", which the Finnish stemmer reduces to avoim, not avoin).
 * Each item is the list of prefixes of one term: one for a one-word term.
 */
export function inflectionPrefixes(typed: string, others: readonly string[]): string[][] {
  const word = normal(typed);
  const out = new Map<string, string[]>();
  for (const e of ENTRIES) {
    if (!matches(word, e) && !others.includes(e.term)) continue;
    const prefixes = e.words.length ? e.words : e.term.includes(' ') || e.stem === e.term ? [] : [e.stem];
    if (prefixes.length) out.set(prefixes.join(' '), prefixes);
  }
  return [...out.values()];
}

/**
 * The other terms of the concepts a typed word or phrase names, at most MAX_ALTERNATIVES, in
 * thesaurus order; none when it names no concept.
 */
export function alternativesOf(typed: string): string[] {
  const word = normal(typed);
  const concepts = new Set(ENTRIES.filter((e) => matches(word, e)).map((e) => e.concept));
  const out: string[] = [];
  for (const e of ENTRIES) {
    if (!concepts.has(e.concept) || matches(word, e) || out.includes(e.term)) continue;
    out.push(e.term);
  }
  return out.slice(0, MAX_ALTERNATIVES);
}

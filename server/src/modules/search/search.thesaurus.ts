/**
 * A small fi/sv/en thesaurus of the vocabulary of municipal digitalisation projects: a word of
 * one concept also finds texts that name the same concept in another language or another form
 * (`bygglov` finds `rakennuslupa`, `kaavoitus` finds `kaava`). General-language terms and their
 * usual translations (Finland-Swedish where it differs), kept by Kuntagraph; no fact about a
 * project or a municipality. A term left out is better than a doubtful one: a wrong translation
 * brings in wrong hits.
 *
 * Each concept lists terms; a query word naming one of them (inflected or not, see `matches`)
 * is searched for together with the concept's other terms.
 */
export const CONCEPTS: readonly (readonly string[])[] = [
  ['rakennuslupa', 'bygglov', 'building permit'],
  ['rakennusvalvonta', 'byggnadstillsyn', 'building control'],
  ['kaavoitus', 'kaava', 'maankäytön suunnittelu', 'planläggning', 'land use planning', 'zoning'],
  ['asemakaava', 'detaljplan', 'detailed plan'],
  ['yleiskaava', 'generalplan', 'master plan'],
  ['maakuntakaava', 'landskapsplan', 'regional plan'],
  ['3d-kaupunkimalli', 'kaupunkimalli', '3d-stadsmodell', 'stadsmodell', '3d city model', 'city model'],
  ['digitaalinen kaksonen', 'digital tvilling', 'digital twin'],
  ['kulttuuriympäristö', 'kulturmiljö', 'cultural environment'],
  ['rakennusperintö', 'byggnadsarv', 'built heritage'],
  ['tietoturva', 'tietoturvallisuus', 'informationssäkerhet', 'information security'],
  ['kyberturvallisuus', 'cybersäkerhet', 'cyber security', 'cybersecurity'],
  ['tietosuoja', 'dataskydd', 'data protection'],
  ['murtotestaus', 'penetrationstestning', 'penetration testing'],
  ['pilvipalvelu', 'molntjänst', 'cloud service'],
  ['tiedolla johtaminen', 'tietojohtaminen', 'kunskapsbaserad ledning', 'knowledge-based management'],
  ['avoin data', 'öppna data', 'open data'],
  ['yhteentoimivuus', 'interoperabilitet', 'interoperability'],
  ['rajapinta', 'gränssnitt', 'interface'],
  ['paikkatieto', 'geodata', 'geografisk information', 'geospatial data', 'spatial data'],
  ['tekoäly', 'artificiell intelligens', 'artificial intelligence'],
  ['ohjelmistorobotiikka', 'programvarurobotik', 'robotic process automation'],
  ['jätehuolto', 'avfallshantering', 'waste management'],
  ['digitalisaatio', 'digitalisointi', 'digitalisering', 'digitalisation', 'digitalization'],
  ['kantakartta', 'baskarta', 'base map'],
  ['pistepilvi', 'punktmoln', 'point cloud'],
  ['laserkeilaus', 'laserskanning', 'laser scanning'],
  ['ympäristölupa', 'miljötillstånd', 'environmental permit'],
  ['sähköinen asiointi', 'e-asiointi', 'e-tjänst', 'e-service'],
  ['tunnistautuminen', 'identifiering', 'identification'],
  ['hankinta', 'upphandling', 'procurement'],
  ['osallisuus', 'osallistaminen', 'delaktighet', 'participation'],
  ['älykaupunki', 'smart stad', 'smart city'],
  ['arkistointi', 'arkivering', 'archiving'],
  ['kiinteistö', 'fastighet', 'real estate'],
  ['tietomalli', 'datamodell', 'data model'],
  ['tiedonhallinta', 'informationshantering', 'information management'],
  ['kokonaisarkkitehtuuri', 'helhetsarkitektur', 'övergripande arkitektur', 'enterprise architecture'],
  ['asianhallinta', 'ärendehantering', 'case management'],
  ['palvelumuotoilu', 'servicedesign', 'service design'],
  ['automaatio', 'automatisering', 'automation'],
  ['osaaminen', 'kompetens', 'competence'],
  ['koulutus', 'utbildning', 'training'],
  ['ylläpito', 'underhåll', 'maintenance'],
  ['asiakaspalvelu', 'kundtjänst', 'customer service'],
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

interface Entry {
  term: string;
  stem: string;
  concept: number;
}

const ENTRIES: Entry[] = CONCEPTS.flatMap((terms, concept) =>
  terms.map((t) => ({ term: normal(t), stem: stemOf(normal(t)), concept })),
);

/**
 * Whether a typed word (or quoted phrase) names a term: a phrase as it is; a word by the term's
 * stem and an ending of letters, at most four letters longer than the term (`kaavoituksen`,
 * not `kaavoituskatsaus`, another concept).
 */
function matches(typed: string, e: Entry): boolean {
  if (typed === e.term) return true;
  if (e.term.includes(' ')) return false;
  return typed.startsWith(e.stem) && typed.length <= e.term.length + 4 && /^\p{L}*$/u.test(typed.slice(e.stem.length));
}

/**
 * Prefixes (without `:*`) by which the inflected forms of one-word terms are found among whole
 * words (the `simple` configuration): for each term given and each term a typed word names, the
 * stem `matches` recognises it by, for terms of at least seven letters. The language stemmers
 * leave Finnish consonant gradation apart (`rakennuslupa` -> rakennuslup, `rakennusluvan` ->
 * rakennusluv); the thesaurus's stem holds both (`rakennuslu`).
 */
export function inflectionPrefixes(typed: string, others: readonly string[]): string[] {
  const word = normal(typed);
  const out = new Set<string>();
  for (const e of ENTRIES) {
    const named = matches(word, e) || others.includes(e.term);
    if (named && !e.term.includes(' ') && e.stem !== e.term) out.add(e.stem);
  }
  return [...out];
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

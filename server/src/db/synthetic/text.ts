import type { Theme } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { Random } from './random.js';
import type { Municipality } from './reference.js';
import {
  ACRONYM_PREFIXES,
  ACRONYM_SUFFIXES,
  ACTIONS,
  CITY_GENITIVE,
  COMMON_SENTENCE,
  COMMON_TERM_SHARE,
  METHODS,
  RARE_SENTENCE,
  RARE_TERM_SHARE,
  RARE_TERMS,
  REGION_GENITIVE,
  type Sentence,
  type Topic,
} from './vocabulary.js';

export type LangCode = 'fi' | 'sv' | 'en';
/** The languages a record is written in, Finnish first as in real data. */
export type Langs = readonly LangCode[];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The topic as a sentence slot needs it: Finnish genitive, Swedish and English noun phrases. */
export const topicSlot = (topic: Topic): Sentence => ({ fi: topic.fiGen, sv: topic.sv, en: topic.en });

/**
 * Which languages a project is written in: most in Finnish, about 60 % also or only in Swedish
 * (Swedish-speaking leads often only in Swedish), about half also in English.
 */
export function pickLangs(rng: Random, swedishLead: boolean): Langs {
  const svOnly = swedishLead ? rng.chance(0.6) : rng.chance(0.02);
  const out: LangCode[] = [];
  if (!svOnly) out.push('fi');
  if (svOnly || swedishLead || rng.chance(0.55)) out.push('sv');
  if (rng.chance(svOnly ? 0.3 : 0.5)) out.push('en');
  return out;
}

/** A subset of a project's languages for one of its deliverables (never empty). */
export function narrowLangs(rng: Random, langs: Langs): Langs {
  const out = langs.filter((l, i) => i === 0 || (l === 'sv' ? rng.chance(0.75) : rng.chance(0.7)));
  return out.length ? out : [langs[0]];
}

/** Replaces {x} slots per language. */
export function render(
  langs: Langs,
  parts: Array<Sentence | null>,
  slots: Record<string, Sentence> = {},
): LocalizedText {
  const out: LocalizedText = {};
  for (const l of langs) {
    out[l] = parts
      .filter((p): p is Sentence => p !== null)
      .map((p) => p[l].replace(/\{(\w)\}/g, (m, k: string) => slots[k]?.[l] ?? m))
      .join(' ');
  }
  return out;
}

/** A fixed string in every language (numbers, names without translation). */
export const same = (s: string): Sentence => ({ fi: s, sv: s, en: s });

/** A name in the language wanted, falling back as the UI does. */
export const nameIn = (name: LocalizedText): Sentence => {
  const any = name.fi ?? name.sv ?? name.en ?? '';
  return { fi: name.fi ?? any, sv: name.sv ?? name.fi ?? any, en: name.en ?? name.fi ?? any };
};

/** "Pohjois-Karjalan kunnissa" / "i kommunerna i Norra Karelen", from the lead's home. */
export function placePhrase(
  rng: Random,
  lead: Municipality | null,
  region: { code: string; name: LocalizedText } | null,
): Sentence | null {
  const r = rng.float();
  const city = lead?.name.fi ? CITY_GENITIVE[lead.name.fi] : undefined;
  if (r < 0.25 && city && lead) {
    return {
      fi: `${city} kaupunkiseudulla`,
      sv: `i regionen kring ${lead.name.sv ?? lead.name.fi}`,
      en: `in the ${lead.name.fi} region`,
    };
  }
  if (r < 0.7 && region && REGION_GENITIVE[region.code]) {
    const n = nameIn(region.name);
    // Åland takes "på" in Swedish, every other region "i".
    const sv = `i kommunerna ${region.code === '21' ? 'på' : 'i'} ${n.sv}`;
    return { fi: `${REGION_GENITIVE[region.code]} kunnissa`, sv, en: `in the municipalities of ${n.en}` };
  }
  if (r < 0.8)
    return { fi: 'kuntien yhteistyönä', sv: 'i samarbete mellan kommuner', en: 'as inter-municipal cooperation' };
  return null;
}

/** A project name in three patterns seen in real calls, and any theme the pattern adds. */
export function projectName(
  rng: Random,
  topic: Topic,
  place: Sentence | null,
  langs: Langs,
): { name: LocalizedText; extraTheme?: Theme } {
  const pattern = rng.float();
  if (pattern < 0.18 && topic.fiIne) {
    const m = rng.pick(METHODS);
    return {
      name: render(langs, [
        { fi: `${m.fi} ${topic.fiIne}`, sv: `${m.sv} inom ${topic.sv}`, en: `${m.en} in ${topic.en}` },
      ]),
      extraTheme: m.theme,
    };
  }
  if (pattern < 0.3) {
    return {
      name: render(langs, [
        {
          fi: `Kuntien ${topic.fiPlural ? 'yhteiset' : 'yhteinen'} ${topic.fi}`,
          sv: `${cap(topic.sv)} – ett samarbete mellan kommuner`,
          en: `${cap(topic.en)}: a joint municipal effort`,
        },
      ]),
    };
  }
  const a = rng.weighted(ACTIONS);
  const tail = (l: LangCode) => (place ? ` ${place[l]}` : '');
  return {
    name: render(langs, [
      {
        fi: `${cap(topic.fiGen)} ${a.fi}${tail('fi')}`,
        sv: `${a.sv} ${topic.sv}${tail('sv')}`,
        en: `${a.en} ${topic.en}${tail('en')}`,
      },
    ]),
  };
}

/** About a quarter of projects get an acronym such as DIGIRAVA or KYBER II. */
export function acronym(rng: Random, topic: Topic): string | null {
  if (!rng.chance(0.25)) return null;
  return `${rng.pick(ACRONYM_PREFIXES)}${topic.acronym}${rng.pick(ACRONYM_SUFFIXES)}`.slice(0, 60);
}

/**
 * The sentences that control term frequency: the common-term sentence with probability
 * `common`, and now and then one rare term.
 */
export function frequencySentences(rng: Random, common = COMMON_TERM_SHARE): Sentence[] {
  const out: Sentence[] = [];
  if (rng.chance(common)) out.push(COMMON_SENTENCE);
  if (rng.chance(RARE_TERM_SHARE)) {
    const term = rng.pick(RARE_TERMS);
    out.push(fill(RARE_SENTENCE, term));
  }
  return out;
}

/** Keywords from the topic in the record's languages, without duplicates. */
export function keywords(rng: Random, topic: Topic, langs: Langs): string[] {
  const out = new Set<string>();
  for (const l of langs) for (const k of rng.sample(topic.keywords[l], rng.int(1, 3))) out.add(k);
  return [...out];
}

export const capitalise = cap;

/** Puts a per-language value (a service or specification name) into a sentence's {s} slot. */
export const fill = (s: Sentence, value: Sentence): Sentence => ({
  fi: s.fi.replace('{s}', value.fi),
  sv: s.sv.replace('{s}', value.sv),
  en: s.en.replace('{s}', value.en),
});

import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/modules/search/search.parse.js';
import {
  CONCEPTS,
  MAX_ALTERNATIVES,
  alternativesOf,
  inflectionPrefixes,
  termsOf,
} from '../src/modules/search/search.thesaurus.js';

describe('thesaurus', () => {
  it('recognises a term in its inflected forms, not in longer compounds', () => {
    expect(alternativesOf('bygglovet')).toEqual(['rakennuslupa', 'building permit']);
    expect(alternativesOf('Rakennusluvan')).toEqual(['bygglov', 'building permit']);
    expect(alternativesOf('kaavoituksen')).toContain('planläggning');
    expect(alternativesOf('kaavoituskatsaus')).toEqual([]);
    expect(alternativesOf('asemakaavan')).toEqual(['detaljplan', 'detailed plan']);
    expect(alternativesOf('e-tjänster')).toContain('sähköinen asiointi');
    expect(alternativesOf('kunta')).toEqual([]);
  });

  it('recognises a term of several words when each word is inflected, not other words', () => {
    expect(alternativesOf('avoimen datan')).toEqual(['öppna data', 'open data']);
    expect(alternativesOf('digitaalisen kaksosen')).toEqual(['digital tvilling', 'digital twin']);
    expect(alternativesOf('sähköisen asioinnin')).toContain('e-tjänst');
    expect(alternativesOf('avoimen datamallin')).toEqual([]);
    expect(alternativesOf('avoin')).toEqual([]);
  });

  it('gives the prefixes of inflected forms: a stem per long word, adjacent word prefixes per term of several words', () => {
    expect(inflectionPrefixes('avoimen datan', ['öppna data', 'open data'])).toEqual([
      ['avoi', 'data'],
      ['öppn', 'data'],
      ['open', 'data'],
    ]);
    expect(inflectionPrefixes('bygglov', ['rakennuslupa', 'building permit'])).toEqual([
      ['rakennuslu'],
      ['byggl'],
      ['build', 'perm'],
    ]);
  });

  it('holds each term once, in lower case, and no concept over the cap', () => {
    const terms = CONCEPTS.flatMap(termsOf);
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of terms) expect(t).toBe(t.toLowerCase().normalize('NFC'));
    for (const c of CONCEPTS) expect(termsOf(c).length - 1).toBeLessThanOrEqual(MAX_ALTERNATIVES);
  });
});

describe('parseQuery with the thesaurus', () => {
  it('adds the other terms to a positive unquoted word', () => {
    expect(parseQuery('bygglov').groups).toEqual([
      [{ type: 'word', text: 'bygglov', negated: false, also: ['rakennuslupa', 'building permit'] }],
    ]);
  });

  it('adds nothing to a quoted word, an excluded word or a word of no concept', () => {
    expect(parseQuery('"bygglov" -tietoturva kunta').groups).toEqual([
      [
        { type: 'word', text: 'bygglov', negated: false },
        { type: 'word', text: 'tietoturva', negated: true },
        { type: 'word', text: 'kunta', negated: false },
      ],
    ]);
  });

  it('reads a run of words naming a concept as one term, in any OR-group', () => {
    expect(parseQuery('Avoin data OR 3D city model kunnissa').groups).toEqual([
      [{ type: 'words', text: 'avoin data', negated: false, also: ['öppna data', 'open data'] }],
      [
        {
          type: 'words',
          text: '3d city model',
          negated: false,
          also: ['3d-kaupunkimalli', 'kaupunkimalli', '3d-stadsmodell', 'stadsmodell', 'city model'],
        },
        { type: 'word', text: 'kunnissa', negated: false },
      ],
    ]);
  });
});

import 'reflect-metadata';
import { afterEach, describe, expect, it } from 'vitest';
import { Lang } from '../src/domain/enums.js';
import { Memo } from '../src/modules/search/search.memo.js';
import { parseQuery } from '../src/modules/search/search.parse.js';
import { searchStatement } from '../src/modules/search/search.service.js';
import { CONCEPTS, useConcepts } from '../src/modules/search/search.thesaurus.js';

describe('Memo', () => {
  it('keeps at most its size, the newest entries, and nothing when making a value throws', () => {
    const memo = new Memo<number>(3);
    for (let i = 0; i < 10; i++) memo.get(`k${i}`, () => i);
    expect(memo.size).toBe(3);
    expect(memo.get('k9', () => -1)).toBe(9);
    expect(memo.get('k0', () => -1)).toBe(-1);
    expect(() =>
      memo.get('bad', () => {
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(memo.get('bad', () => 7)).toBe(7);
  });
});

describe('compiled searches', () => {
  afterEach(() => useConcepts(CONCEPTS));

  it('parse a query again when another thesaurus is put in use', () => {
    expect(parseQuery('pilvipalvelu').groups[0][0].also).toContain('molntjänst');
    useConcepts([{ fi: ['pilvipalvelu'], sv: ['molntjänst'], en: ['sky service'] }]);
    expect(parseQuery('pilvipalvelu').groups[0][0].also).toEqual(['molntjänst', 'sky service']);
    useConcepts([]);
    expect(parseQuery('pilvipalvelu').groups[0][0].also).toBeUndefined();
  });

  it('build one statement per arguments, and another for other arguments or another thesaurus', () => {
    const a = searchStatement({ query: 'pilvipalvelu', lang: Lang.fi, first: 10 }, undefined);
    expect(searchStatement({ query: 'pilvipalvelu', lang: Lang.fi, first: 10 }, undefined)).toBe(a);
    const sv = searchStatement({ query: 'pilvipalvelu', lang: Lang.sv, first: 10 }, undefined);
    expect(sv).not.toBe(a);
    expect(searchStatement({ query: 'pilvipalvelu', lang: Lang.fi, first: 11 }, undefined).first).toBe(11);
    useConcepts([{ fi: ['pilvipalvelu'], sv: ['molntjänst'], en: ['sky service'] }]);
    const b = searchStatement({ query: 'pilvipalvelu', lang: Lang.fi, first: 10 }, undefined);
    expect(b).not.toBe(a);
    expect(b.params).toContain('sky service');
    expect(a.params).not.toContain('sky service');
  });

  it('still refuse bad arguments every time', () => {
    const bad = { query: 'x', lang: Lang.fi, filter: { theme: Array(51).fill('t') } } as never;
    expect(() => searchStatement(bad, undefined)).toThrow(/at most 50/);
    expect(() => searchStatement(bad, undefined)).toThrow(/at most 50/);
  });
});

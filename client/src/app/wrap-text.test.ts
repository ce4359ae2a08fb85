import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

/** One unit per character. */
const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks between words into lines that fit', () => {
    expect(wrapText('E-permits and building control', 14, chars)).toEqual(['E-permits and', 'building', 'control']);
    expect(wrapText('Uusimaa', 14, chars)).toEqual(['Uusimaa']);
    expect(wrapText('  Sähköinen lupa ja  rakennusvalvonta ', 20, chars)).toEqual([
      'Sähköinen lupa ja',
      'rakennusvalvonta',
    ]);
  });

  it('hyphenates a word longer than a line: at its own hyphen, else between syllables, leaving nothing out', () => {
    expect(wrapText('Pohjois-Pohjanmaa', 10, chars)).toEqual(['Pohjois-', 'Pohjanmaa']);
    expect(wrapText('Tietoturvallisuusosaaminen', 14, chars)).toEqual(['Tietoturvalli-', 'suusosaaminen']);
    expect(wrapText('Kyberturvallisuuden testaus', 8, chars)).toEqual(['Kyber-', 'turval-', 'lisuuden', 'testaus']);
    expect(wrapText('Turvallisuusosaaminen', 19, chars)).toEqual(['Turvallisuusosaami-', 'nen']);
    expect(wrapText('Informationssäkerhet i SaaS-tjänster', 16, chars)).toEqual([
      'Informationssä-',
      'kerhet i',
      'SaaS-tjänster',
    ]);
    // No syllable to break at: as many letters as fit.
    expect(wrapText('bcdfghjklm', 6, chars)).toEqual(['bcdfg-', 'hjklm']);
    expect(wrapText('SaaS-palvelujen tietoturva', 12, chars)).toEqual(['SaaS-', 'palvelujen', 'tietoturva']);
    for (const text of ['Kulttuuriympäristö', 'Turvallisuusosaaminen ja jatkuvuus'])
      for (const width of [3, 6, 9, 12]) {
        const lines = wrapText(text, width, chars);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        expect(
          lines
            .map((l) => l.replace(/-$/, ''))
            .join('')
            .replace(/ /g, ''),
        ).toBe(text.replace(/ /g, ''));
      }
  });

  it('makes progress even when not one letter fits', () => {
    expect(wrapText('abc', 0, chars)).toEqual(['a-', 'b-', 'c']);
  });
});

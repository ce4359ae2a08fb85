import { describe, expect, it } from 'vitest';
import { feedUrl, listCsvUrl, searchCsvUrl } from './exports';

describe('export and feed addresses', () => {
  it('puts the words, language, comma-joined facet lists and page of a search in the CSV route’s format', () => {
    const url = searchCsvUrl(
      'rakennus & kaava',
      { kind: ['PROJECT', 'DELIVERABLE'], year: [2021], theme: [] },
      'fi',
      2,
    );
    expect(url).toBe('/export/search.csv?q=rakennus+%26+kaava&lang=fi&kind=PROJECT%2CDELIVERABLE&year=2021&page=2');
    expect(searchCsvUrl(null, { region: null }, 'en')).toBe('/export/search.csv?lang=en');
  });

  it('filters a list CSV, and escapes feed subjects into the path', () => {
    expect(listCsvUrl('projects', 'sv', { theme: ['BUILT_ENVIRONMENT'], municipality: ['091', '049'] })).toBe(
      '/export/projects.csv?lang=sv&theme=BUILT_ENVIRONMENT&municipality=091%2C049',
    );
    expect(feedUrl('projects', 'en')).toBe('/feeds/projects.atom?lang=en');
    expect(feedUrl({ kind: 'theme', id: 'PLAN_DATA_MODEL' }, 'fi')).toBe('/feeds/themes/PLAN_DATA_MODEL.atom?lang=fi');
    expect(feedUrl({ kind: 'service', id: 'a/b' }, 'sv')).toBe('/feeds/services/a%2Fb.atom?lang=sv');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import ApiPage from './ApiPage';
import { CREATE_KEY, FIRST_QUERY, INTROSPECTION_QUERY, ME_QUERY, SIGN_IN, curlExamples } from './examples';

const schema = buildSchema(readFileSync(path.resolve(process.cwd(), '../schema/schema.graphql'), 'utf8'));

describe('ApiPage', () => {
  it('explains the endpoint, keys and limits in the page language', () => {
    const c = render(<ApiPage />, stubClient(() => undefined).client, { url: '/sv/api', path: '/:lang/api' });
    expect(text(c.querySelector('h1'))).toBe('Öppet gränssnitt (API)');
    expect([...c.querySelectorAll('h2')].map(text)).toEqual([
      'Den första frågan',
      'Schema',
      'Nedladdning av öppna data',
      'API-nyckel',
      'Begränsningar',
      'Fel',
    ]);
    expect(c.querySelector('a[href="/schema.graphql"]')).not.toBeNull();
    expect(c.querySelector('a[href="/sv/account/api-keys"]')?.textContent).toBe('API-nycklar');
    const code = [...c.querySelectorAll('pre code')].map((e) => e.textContent ?? '');
    expect(code.some((s) => s.includes("-H 'authorization: Bearer kg_…'"))).toBe(true);
    expect(code.some((s) => s.includes('createApiKey(input: $input)'))).toBe(true);
    expect(text(c.querySelector('main, article'))).toContain('25 000');
  });

  it('lists the open-data downloads and feeds, with links in the page language', () => {
    for (const [lang, heading, projects, feed] of [
      ['fi', 'Avoimen datan lataukset', 'hankkeet', 'uudet ja päivitetyt tulokset'],
      ['sv', 'Nedladdning av öppna data', 'projekt', 'nya och uppdaterade resultat'],
      ['en', 'Open data downloads', 'projects', 'new and updated deliverables'],
    ]) {
      const c = render(<ApiPage />, stubClient(() => undefined).client, { url: `/${lang}/api`, path: '/:lang/api' });
      const part = [...c.querySelectorAll('section')].find((s) => text(s.querySelector('h2')) === heading);
      expect(part, lang).toBeDefined();
      const links = Object.fromEntries(
        [...part!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
      );
      expect(links).toMatchObject({
        'JSON-LD': '/export/catalog.jsonld',
        Turtle: '/export/catalog.ttl',
        'graph.json': '/export/graph.json',
        [projects]: `/export/projects.csv?lang=${lang}`,
        [feed]: `/feeds/deliverables.atom?lang=${lang}`,
      });
      expect(Object.values(links)).toEqual(
        expect.arrayContaining([`/export/deliverables.csv?lang=${lang}`, `/export/adoptions.csv?lang=${lang}`]),
      );
      expect(part!.querySelector('a[href^="/export/projects.csv"]')?.hasAttribute('download')).toBe(true);
      expect(part!.querySelector('pre code')?.textContent).toContain('/export/deliverables.csv?kind=SOFTWARE');
    }
  });

  it('shows only operations that are valid against the committed schema', () => {
    for (const q of [FIRST_QUERY, SIGN_IN, CREATE_KEY, ME_QUERY, INTROSPECTION_QUERY])
      expect(validate(schema, parse(q)).map((e) => e.message)).toEqual([]);
  });

  it('builds curl commands whose bodies are JSON', () => {
    const curl = curlExamples('https://kuntagraph.example/graphql');
    for (const cmd of Object.values(curl)) {
      const body = /-d '(.*)'$/s.exec(cmd)?.[1];
      expect(body, cmd).toBeDefined();
      const json = JSON.parse(body!) as { query: string };
      expect(validate(schema, parse(json.query))).toEqual([]);
    }
  });
});

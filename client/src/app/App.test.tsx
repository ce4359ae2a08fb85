import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { click, link, render, stubClient } from '../test/render';
import { App } from './App';
import { pathInLang, pathWithLang, preferredLang } from './lang';

describe('App', () => {
  it('switches the language of the page and of the queries, staying on the page', async () => {
    const stub = stubClient(() => undefined);
    document.documentElement.lang = 'fi';
    const c = render(<App />, stub.client, { url: '/fi/projects', routes: false });
    // The projects page is a lazy chunk: let React commit it inside act().
    await act(async () => {
      await import('../features/project/ProjectsPage');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(c.querySelector('h1')?.textContent).toBe('Hankkeet');

    expect(link(c, 'Suomi')?.getAttribute('aria-current')).toBe('true');
    expect(c.querySelector('.lang-switcher')?.getAttribute('aria-label')).toBe('Kieli');
    expect(link(c, 'Svenska')?.getAttribute('href')).toBe('/sv/projects');

    click(link(c, 'Svenska'));

    await expect.poll(() => c.querySelector('h1')?.textContent).toBe('Projekt');
    expect(document.documentElement.lang).toBe('sv');
    expect(link(c, 'Svenska')?.getAttribute('aria-current')).toBe('true');
    expect(link(c, 'Suomi')?.getAttribute('aria-current')).toBeNull();
    expect(c.querySelector('.skip-link')?.textContent).toBe('Hoppa till innehållet');
    expect(stub.executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({ lang: 'sv' });

    click(link(c, 'English'));
    await expect.poll(() => document.documentElement.lang).toBe('en');
  });

  it('has landmarks, a skip link to main and the data attribution', () => {
    const c = render(<App />, stubClient(() => undefined).client, { url: '/fi/', routes: false });
    expect(c.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(c.querySelector('main')?.id).toBe('main');
    expect(c.querySelector('header')).not.toBeNull();
    expect(c.querySelector('footer')?.textContent).toContain('Lähde: Tilastokeskus');
    // suomi.fi's ExternalLink: the visible text, then (to screen readers) that it opens a new tab.
    expect(c.querySelector('footer a')?.textContent).toBe('CC BY 4.0 (avautuu uudessa välilehdessä)');
    expect(c.querySelector('footer a')?.getAttribute('target')).toBe('_blank');
  });

  it('opens a page asked for in an unknown language, or without one, in the language the browser prefers', async () => {
    expect(preferredLang()).toBe('en'); // jsdom's navigator: en-US
    const c = render(<App />, stubClient(() => undefined).client, { url: '/de/projects', routes: false });
    await act(async () => {
      await import('../features/project/ProjectsPage');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(c.querySelector('h1')?.textContent).toBe('Projects');
    const home = render(<App />, stubClient(() => undefined).client, { url: '/de', routes: false });
    expect(home.querySelector('h1')?.textContent).toBe('Municipal digitalisation projects');
  });
});

describe('lang', () => {
  it('picks the first of fi/sv/en the browser prefers, else Finnish', () => {
    expect(preferredLang(['de-DE', 'sv-FI', 'en'])).toBe('sv');
    expect(preferredLang(['en-GB'])).toBe('en');
    expect(preferredLang(['de'])).toBe('fi');
    expect(preferredLang([])).toBe('fi');
  });

  it('puts a supported language on a path without one', () => {
    expect(pathWithLang('/search', '?q=kaava', 'fi')).toBe('/fi/search?q=kaava');
    expect(pathWithLang('/projects/kaatio', '', 'sv')).toBe('/sv/projects/kaatio');
    expect(pathWithLang('/de/projects', '', 'fi')).toBe('/fi/projects');
    expect(pathWithLang('/en-GB/api', '', 'fi')).toBe('/en/api');
    expect(pathWithLang('/SV', '', 'fi')).toBe('/sv/');
    expect(pathWithLang('/', '', 'en')).toBe('/en/');
  });

  it('keeps the page and its query when changing language', () => {
    expect(pathInLang('/fi/projects/kaatio', '?x=1', 'sv')).toBe('/sv/projects/kaatio?x=1');
    expect(pathInLang('/fi/', '', 'en')).toBe('/en/');
    expect(pathInLang('/fi', '', 'en')).toBe('/en/');
  });
});

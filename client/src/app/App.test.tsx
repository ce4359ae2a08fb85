import { describe, expect, it } from 'vitest';
import { button, click, render, stubClient } from '../test/render';
import { App } from './App';

describe('App', () => {
  it('switches the language of the page and of the queries', () => {
    const stub = stubClient(() => undefined);
    document.documentElement.lang = 'fi';
    const c = render(<App />, stub.client);

    expect(button(c, 'Suomi')?.getAttribute('aria-pressed')).toBe('true');
    expect(c.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Kieli');

    click(button(c, 'Svenska'));

    expect(document.documentElement.lang).toBe('sv');
    expect(button(c, 'Svenska')?.getAttribute('aria-pressed')).toBe('true');
    expect(button(c, 'Suomi')?.getAttribute('aria-pressed')).toBe('false');
    expect(c.querySelector('h1')?.textContent).toBe('Projekt');
    expect(c.querySelector('.skip-link')?.textContent).toBe('Hoppa till innehållet');
    expect(stub.executeQuery.mock.calls.at(-1)?.[0].variables).toMatchObject({ lang: 'sv' });

    click(button(c, 'English'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('has landmarks, a skip link to main and the data attribution', () => {
    const c = render(<App />, stubClient(() => undefined).client);
    expect(c.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(c.querySelector('main')?.id).toBe('main');
    expect(c.querySelector('header')).not.toBeNull();
    expect(c.querySelector('footer')?.textContent).toContain('Lähde: Tilastokeskus');
    expect(c.querySelector('footer a')?.textContent).toBe('CC BY 4.0');
  });
});

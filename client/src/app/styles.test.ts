import { suomifiDesignTokens } from 'suomifi-ui-components';
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cwd } from 'node:process';

const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

// Vitest hands CSS imports over empty (css: false), even with ?raw: read the file. Runs in client/.
const styles = readFileSync(resolve(cwd(), 'src/app/styles.css'), 'utf8');

it('copies the suomi.fi design tokens it uses exactly', () => {
  const vars = [...styles.matchAll(/--fi-([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]);
  expect(vars.length).toBeGreaterThan(15);
  const colors = Object.fromEntries(
    Object.entries(suomifiDesignTokens.colors).map(([k, v]) => [`color-${kebab(k)}`, String(v)]),
  );
  const expected: Record<string, string> = {
    ...colors,
    'font-family': suomifiDesignTokens.values.typography.bodyText.fontFamily,
    'radius-basic': suomifiDesignTokens.radiuses.basic,
  };
  for (const [name, value] of vars) expect(value, `--fi-${name}`).toBe(expected[name]);
});

it('wraps a file name without spaces in the upload list and the file list rather than widen the page', () => {
  const forms = readFileSync(resolve(cwd(), 'src/app/forms.css'), 'utf8');
  // Selectors of the rules that wrap anywhere.
  const wrapping = [...forms.matchAll(/([^{}]+)\{[^}]*overflow-wrap:\s*anywhere;[^}]*\}/g)].flatMap(([, selectors]) =>
    selectors!
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(',')
      .map((s) => s.trim()),
  );
  expect(wrapping).toEqual(expect.arrayContaining(['.upload-progress li', '.uploaded-files li']));
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

/**
 * An independent check of a publiccode.yml document: SchemaStore's definition of the standard
 * (the npm package @schemastore/publiccode, generated from https://json.schemastore.org/publiccode.json),
 * applied by the TypeScript compiler to the parsed document as an object literal. It catches missing
 * required keys, values outside the standard's enumerations (developmentStatus, softwareType,
 * categories, scope, supports aliases, version), wrong shapes and unknown keys (excess-property
 * checks). It does not look inside `description` and `maintenance`, which the generated types leave
 * open, nor at string patterns; our own validator covers those.
 *
 * The generator turned "a string matching a pattern" (country codes, supports ids that are not
 * aliases) into `{ [k: string]: unknown } & string`, which no string can satisfy; such a type is read
 * here as `string`.
 */
const DEFINITIONS = readFileSync(
  createRequire(import.meta.url).resolve('@schemastore/publiccode/index.d.ts'),
  'utf8',
).replace(/\{\s*\[k: string\]: unknown \| undefined;\s*\}(?=[\s)]*&\s*string)/g, 'string');
const FILE = '/virtual/publiccode-check.ts';
const TYPES = '/virtual/publiccode.d.ts';

/** The standard library and the definitions, parsed once for every check (they never change). */
const parsed = new Map<string, ts.SourceFile | undefined>();

export function schemaStoreViolations(doc: unknown): string[] {
  const source = [
    `import type { JSONSchemaForPubliccodeYml } from './publiccode.js';`,
    `export const doc: JSONSchemaForPubliccodeYml = ${JSON.stringify(doc, null, 2)};`,
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    lib: ['lib.es2022.d.ts'],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const virtual = new Map([
    [FILE, source],
    [TYPES, DEFINITIONS],
  ]);
  host.getSourceFile = (name, language) => {
    if (name === FILE) return ts.createSourceFile(name, source, language);
    if (!parsed.has(name)) {
      const text = virtual.get(name);
      parsed.set(name, text === undefined ? getSourceFile(name, language) : ts.createSourceFile(name, text, language));
    }
    return parsed.get(name);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.directoryExists = (name) => name === '/virtual' || ts.sys.directoryExists(name);
  const program = ts.createProgram([FILE], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    return where ? `${where.line + 1}:${where.character + 1} ${text}` : text;
  });
}

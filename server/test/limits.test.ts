import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  getIntrospectionQuery,
  getOperationAST,
  Kind,
  parse,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { estimateCost } from '../src/graphql/limits/cost.js';
import { documentStats } from '../src/graphql/limits/document-stats.js';
import { DEFAULT_QUERY_LIMITS } from '../src/graphql/limits/query-guard.js';
import { getSchema } from '../src/graphql/schema.js';

/** The schema the server builds and costs operations against (schema.test.ts keeps schema.graphql equal). */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

const op = (source: string, operationName?: string) => {
  const document = parse(source);
  const errors = validate(schema, document);
  expect(errors.map((e) => e.message)).toEqual([]);
  return { document, operation: getOperationAST(document, operationName) as OperationDefinitionNode };
};
const cost = (source: string, variables?: Record<string, unknown>) =>
  estimateCost({ schema, ...op(source), variables });
const stats = (source: string) => {
  const { document, operation } = op(source);
  return documentStats(document, operation);
};

describe('document shape', () => {
  it('counts depth as fields on the longest path, two per connection hop (edges, node)', () => {
    expect(stats('{ stats { projectCount } }').depth).toBe(2);
    expect(stats('{ projects { edges { node { slug } } } }').depth).toBe(4);
    expect(stats('{ projects { nodes { deliverables { nodes { title { text } } } } } }').depth).toBe(6);
    expect(stats('query { ...F } fragment F on Query { projects { nodes { slug } } }').depth).toBe(3);
  });

  it('counts aliases and directives through fragments, once per spread', () => {
    const s = stats(`query($x: Boolean!) { a: stats { b: projectCount @include(if: $x) } ...F ...G }
      fragment F on Query { c: regions @skip(if: $x) { code } }
      fragment G on Query { d: regions { e: code } ...F }`);
    expect(s.aliases).toBe(2 + 1 + 2 + 1);
    expect(s.directives).toBe(1 + 1 + 1);
  });

  it('measures exponentially spreading fragments in linear time', () => {
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? `fragment F${i} on Region { ...F${i + 1} x${i}: code }` : `fragment F${i} on Region { code }`,
    );
    const { document, operation } = op(`{ regions { ...F0 } } ${frags.join(' ')}`);
    const s = documentStats(document, operation);
    expect(s.aliases).toBe(n - 1);
    expect(s.depth).toBe(2);
  });
});

describe('cost', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ stats { projectCount adoptionCount } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('multiplies a connection’s items by first, through nodes and edges', () => {
    expect(cost('{ projects(first: 10) { totalCount nodes { slug } } }')).toBe(1 + 10);
    expect(cost('{ projects(first: 10) { edges { cursor node { slug } } pageInfo { hasNextPage } } }')).toBe(
      1 + 10 * 2 + 1,
    );
    expect(cost('{ projects(first: 10) { nodes { slug name { text } } } }')).toBe(1 + 10 * 2);
  });

  it('uses the schema default when first is absent and the maximum for an unknown variable', () => {
    expect(cost('{ projects { nodes { slug } } }')).toBe(1 + 20);
    const q = 'query($n: Int) { projects(first: $n) { nodes { slug } } }';
    expect(cost(q)).toBe(1 + 100);
    expect(cost(q, { n: 7 })).toBe(1 + 7);
    expect(cost(q, {})).toBe(1 + 20);
    expect(cost('query($n: Int = 3) { projects(first: $n) { nodes { slug } } }', {})).toBe(1 + 3);
    // Out of range: counted at the bound (the resolver rejects it with BAD_USER_INPUT).
    expect(cost('{ projects(first: 1000) { nodes { slug } } }')).toBe(1 + 100);
    expect(cost('{ relatedProjects(project: "x") { score } }')).toBe(10);
    expect(cost('query($n: Int) { relatedProjects(project: "x", first: $n) { score } }')).toBe(50);
  });

  it('multiplies nested connections', () => {
    const w1 =
      '{ projects(first: 50) { nodes { slug participants(first: 100) { nodes { organisation { slug } } } deliverables(first: 5) { nodes { id } } } } }';
    expect(cost(w1)).toBe(1 + 50 * (1 + (1 + 100 * (1 + 1)) + (1 + 5)));
  });

  it('counts a graph field’s limit for each of its lists, and bounded fields by their bound', () => {
    expect(cost('{ neighbourhood(node: "x", limit: 3000) { truncated nodes { id } edges { source } } }')).toBe(
      1 + 3000 + 3000,
    );
    expect(cost('{ neighbourhood(node: "x") { nodes { id } } }')).toBe(1 + 500);
    expect(cost('query($l: Int) { neighbourhood(node: "x", limit: $l) { nodes { id } } }')).toBe(1 + 5000);
    expect(cost('{ reuseChain(node: "x") { nodes { id } edges { type } root { id } } }')).toBe(1 + 500 + 500 + 1);
  });

  it('sizes nodes(ids) by its ids and short unpaged lists by a small constant', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }')).toBe(100);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b'] })).toBe(2);
    expect(cost('{ regions { code } }')).toBe(5);
  });

  it('counts the costliest concrete type of an abstract selection, and shared fields once', () => {
    const q = `{ node(id: "x") { id ... on Project { deliverables(first: 10) { nodes { id } } }
      ... on Organisation { adoptions(first: 50) { nodes { id } } } } }`;
    expect(cost(q)).toBe(1 + (1 + 50));
    expect(cost('{ project(slug: "x") { name { text } ...N } } fragment N on Project { name { lang } }')).toBe(2);
  });

  it('honours @skip and @include when the variables are known', () => {
    const q = 'query($f: Boolean!) { search { facets @include(if: $f) { kind { value } } } }';
    expect(cost(q, { f: false })).toBe(1);
    expect(cost(q, { f: true })).toBe(1 + 1 + 5);
    expect(cost(q)).toBe(1 + 1 + 5);
  });

  it('carries a size into a connection inside the sized object, not into its other objects', () => {
    expect(cost('{ coverageGap(region: "01", first: 30) { region { code } uncovered { nodes { id } } } }')).toBe(
      1 + 1 + (1 + 30),
    );
  });

  it('stops early on a hostile document and still reports it over the limit', () => {
    const inner = Array.from({ length: 8 }, (_, i) => `a${i}: deliverables(first: 100) { nodes { id } }`).join(' ');
    const q = `{ projects(first: 100) { nodes { deliverables(first: 100) { nodes { projects { ${inner} } } } } } }`;
    const { document, operation } = op(q);
    const started = performance.now();
    const c = estimateCost({ schema, document, operation, stopAbove: 25_000 });
    expect(c).toBeGreaterThan(25_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

/** Every `graphql(`...`)` document of the web app: operations and fragments, by name. */
function clientDocuments(): { operations: Map<string, string>; fragments: Map<string, FragmentDefinitionNode> } {
  const operations = new Map<string, string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      // client/src/test holds test helpers (graphql-js's graphql() runs a fake API there), not app operations.
      if (e.isDirectory()) {
        if (p !== path.join(repoRoot, 'client', 'src', 'test')) walk(p);
      } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(repoRoot, 'client', 'src'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('graphql(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visitNode = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'graphql') {
        const arg = node.arguments[0];
        if (!arg || !ts.isNoSubstitutionTemplateLiteral(arg))
          throw new Error(`${file}: graphql() without a plain template`);
        for (const d of parse(arg.text).definitions) {
          if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          else if (d.kind === Kind.OPERATION_DEFINITION) operations.set(d.name?.value ?? file, arg.text);
        }
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(source);
  }
  return { operations, fragments };
}

/** An operation with the fragments it spreads (transitively), as the client sends it. */
function compose(text: string, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const doc = parse(text);
  const own = new Set(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const added: FragmentDefinitionNode[] = [];
  const need = (d: { kind: Kind }) =>
    visit(d as DocumentNode, {
      FragmentSpread(s) {
        const name = s.name.value;
        if (own.has(name)) return;
        const f = fragments.get(name);
        if (!f) throw new Error(`fragment ${name} not found in the client`);
        own.add(name);
        added.push(f);
        need(f);
      },
    });
  doc.definitions.forEach(need);
  return { kind: Kind.DOCUMENT, definitions: [...doc.definitions, ...added] };
}

describe('what the web app and the benchmark send', () => {
  const half = DEFAULT_QUERY_LIMITS.maxCost / 2;
  const check = (name: string, document: DocumentNode, variables?: Record<string, unknown>) => {
    expect(validate(schema, document).map((e) => `${name}: ${e.message}`)).toEqual([]);
    const operation = getOperationAST(document) as OperationDefinitionNode;
    const s = documentStats(document, operation);
    const c = estimateCost({ schema, document, operation, variables });
    expect({ name, cost: c <= half, depth: s.depth <= DEFAULT_QUERY_LIMITS.maxDepth }).toEqual({
      name,
      cost: true,
      depth: true,
    });
    expect(s.aliases).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxAliases);
    expect(s.directives).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxDirectives);
    return c;
  };

  it('every client operation costs at most half the limit, whatever its variables', () => {
    const { operations, fragments } = clientDocuments();
    // The pages known when this test was written; new ones are checked too.
    for (const name of ['ProjectPage_Query', 'SearchPage_Query', 'MunicipalityPage_Query', 'ReuseChain_Query'])
      expect(operations.has(name), name).toBe(true);
    expect(operations.size).toBeGreaterThanOrEqual(8);
    const costs: Record<string, number> = {};
    for (const [name, text] of operations) costs[name] = check(name, compose(text, fragments));
    expect(costs.ProjectPage_Query).toBeGreaterThan(1000);
  });

  it('every benchmark query costs at most half the limit', async () => {
    const { WORKLOADS } = await import(pathToFileURL(path.join(repoRoot, 'bench', 'workloads.mjs')).href);
    const params = {
      project: '00000000-0000-4000-8000-000000000001',
      municipality: '00000000-0000-4000-8000-000000000002',
    };
    expect(WORKLOADS.length).toBeGreaterThanOrEqual(6);
    for (const w of WORKLOADS) {
      const { query, variables } = JSON.parse(w.kg(params).body);
      const document = parse(query);
      check(w.id, document, variables);
      check(`${w.id} (any variables)`, document);
    }
  });

  it('the standard introspection query passes the limits', () => {
    check('introspection', parse(getIntrospectionQuery()));
  });
});

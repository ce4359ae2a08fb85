import {
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipe, subscribe } from 'wonka';
import { SignInMutation } from '../features/account/account.mutations';
import { ViewerQuery } from '../features/account/viewer';
import { ApiKeysQuery, CreateApiKeyMutation } from '../features/api-keys/api-keys.queries';
import { CreateDeliverableMutation } from '../features/deliverable-edit/deliverable-edit.queries';
import { ProjectPageQuery } from '../features/project-page/ProjectPage.query';
import { ProjectListQuery } from '../features/project/ProjectList.query';
import { schema, stubApi } from '../test/fake-api';
import { mutationUpdates } from './cache-updates';
import { EMBEDDED_TYPES, EMBEDDED_WITH_ID, POSSIBLE_TYPES } from './cache-keys';
import { cacheKeys, createUrqlClient } from './urql';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType =>
    isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType() && t !== schema.getMutationType(),
);
/** Types Graphcache can key by `id`: object types with a non-null `id: ID!`. */
const hasId = (name: string) => String(objectTypes.find((t) => t.name === name)?.getFields().id?.type) === 'ID!';

it('sends queries as POST, which Apollo CSRF prevention accepts', async () => {
  const fetch = vi.fn(async () => Response.json({ data: { projects: null } }));
  vi.stubGlobal('fetch', fetch);

  await createUrqlClient('http://localhost/graphql').query(ProjectListQuery, { lang: 'sv', first: 1 }).toPromise();

  expect(fetch).toHaveBeenCalledTimes(1);
  const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('http://localhost/graphql');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toMatchObject({
    operationName: 'ProjectList_Query',
    variables: { lang: 'sv' },
  });
});

describe('Graphcache configuration against schema/schema.graphql', () => {
  it('embeds every object type without an id (keys: () => null), and lists no type the schema lacks', () => {
    const idLess = objectTypes
      .filter((t) => !hasId(t.name))
      .map((t) => t.name)
      .sort();
    // A failure prints the list cache-keys.ts must hold.
    expect([...EMBEDDED_TYPES, ...EMBEDDED_WITH_ID.filter((t) => !hasId(t))].sort()).toEqual(idLess);
    for (const name of idLess) expect(cacheKeys[name]?.({ __typename: name }), name).toBeNull();
    for (const name of EMBEDDED_WITH_ID) {
      expect(objectTypes.map((t) => t.name)).toContain(name);
      expect(cacheKeys[name]?.({ __typename: name, id: 'x' })).toBeNull();
    }
  });

  it('knows the concrete types of every interface and union', () => {
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(Object.keys(POSSIBLE_TYPES).sort()).toEqual(abstract.map((t) => t.name).sort());
    for (const t of abstract)
      expect([...(POSSIBLE_TYPES[t.name] ?? [])].sort(), t.name).toEqual(
        schema
          .getPossibleTypes(t)
          .map((p) => p.name)
          .sort(),
      );
  });

  it('has an updater for every mutation of the schema, and none for a mutation it lacks', () => {
    expect(Object.keys(mutationUpdates).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });
});

/** Every operation and fragment the client sends: the gql.tada documents in its source. */
function clientDocuments(): { operations: DocumentNode[]; fragments: Map<string, FragmentDefinitionNode> } {
  const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../e2e/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const operations: DocumentNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const source of Object.values(sources))
    for (const m of source.matchAll(/graphql\(\s*`([^`]*)`/g)) {
      const doc = parse(m[1]!);
      for (const d of doc.definitions)
        if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
        else operations.push({ kind: doc.kind, definitions: [d] });
    }
  return { operations, fragments };
}

describe('client documents', () => {
  const { operations, fragments } = clientDocuments();
  const withFragments = (doc: DocumentNode): DocumentNode => ({
    ...doc,
    definitions: [...doc.definitions, ...fragments.values()],
  });

  /** The field names a selection set asks for, through fragments on the same type. */
  function selected(set: SelectionSetNode, typename: string): Set<string> {
    const names = new Set<string>();
    for (const s of set.selections) {
      if (s.kind === 'Field') names.add(s.name.value);
      else {
        const f = s.kind === 'FragmentSpread' ? fragments.get(s.name.value) : s;
        if (f && (!f.typeCondition || f.typeCondition.name.value === typename))
          for (const n of selected(f.selectionSet, typename)) names.add(n);
      }
    }
    return names;
  }

  it('finds the documents', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(fragments.has('LocalizedText_TextFragment')).toBe(true);
  });

  // Without its id Graphcache cannot normalise an entity: it warns and stores a second copy that
  // mutations never update.
  it('select the id of every entity they ask for', () => {
    const missing: string[] = [];
    for (const doc of operations) {
      const typeInfo = new TypeInfo(schema);
      visit(
        withFragments(doc),
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const type = getNamedType(typeInfo.getType());
            if (!node.selectionSet || !type) return;
            const keyed = isObjectType(type)
              ? hasId(type.name) && !(EMBEDDED_WITH_ID as readonly string[]).includes(type.name)
              : isAbstractType(type);
            if (keyed && !selected(node.selectionSet, type.name).has('id'))
              missing.push(`${typeInfo.getParentType()?.name}.${node.name.value}: ${type.name}`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });

  // `name` without `lang` is the server's guess from Accept-Language, cached under one key for
  // every language: switching language would show the old one.
  it('give every field with a lang argument its language', () => {
    const missing: string[] = [];
    for (const doc of operations) {
      const typeInfo = new TypeInfo(schema);
      visit(
        withFragments(doc),
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const def = typeInfo.getFieldDef();
            if (def?.args.some((a) => a.name === 'lang') && !node.arguments?.some((a) => a.name.value === 'lang'))
              missing.push(`${typeInfo.getParentType()?.name}.${node.name.value}`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});

describe('the normalised cache', () => {
  const name = (base: string) => (args: { lang?: string }) => ({
    text: `${base} (${args.lang})`,
    lang: args.lang,
    isFallback: false,
  });

  /** A fake API with one project; createDeliverable adds a deliverable to it. */
  function api() {
    const deliverables: Record<string, unknown>[] = [];
    const project = {
      __typename: 'Project',
      id: 'UHJvamVjdDox',
      slug: 'rasa',
      name: name('Rakennusvalvonta'),
      deliverables: () => ({ totalCount: deliverables.length, nodes: deliverables }),
    };
    return stubApi({
      project: () => project,
      relatedProjects: () => [],
      createDeliverable: ({ input }: { input: { title: { fi: string } } }) => {
        const d = {
          __typename: 'Deliverable',
          id: `RGVsaXZlcmFibGU6${deliverables.length + 1}`,
          version: 1,
          kind: 'SOFTWARE',
          title: name(input.title.fi),
          titleTranslations: input.title,
          projects: [project],
        };
        deliverables.push(d);
        return d;
      },
    });
  }

  /** Subscribes to a query like a mounted page; `latest()` is its last result. */
  function watch<T>(source: { subscribe?: unknown } & Parameters<typeof pipe>[0]) {
    const results: T[] = [];
    const { unsubscribe } = pipe(
      source as never,
      subscribe((r: { data?: T }) => {
        if (r.data) results.push(r.data);
      }),
    );
    return { latest: () => results.at(-1), unsubscribe };
  }

  it('refetches the project page when a deliverable is created for the project', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { operations } = api();
    const client = createUrqlClient('http://localhost/graphql');
    const page = watch<{ project: { deliverables: { totalCount: number; nodes: { title: { text: string } }[] } } }>(
      client.query(ProjectPageQuery, { slug: 'rasa', lang: 'fi' }),
    );
    await vi.waitFor(() => expect(page.latest()?.project.deliverables.totalCount).toBe(0));

    const created = await client
      .mutation(CreateDeliverableMutation, {
        input: { project: 'UHJvamVjdDox', kind: 'SOFTWARE', title: { fi: 'Lupapalvelu' } },
      })
      .toPromise();
    expect(created.error).toBeUndefined();

    await vi.waitFor(() => expect(page.latest()?.project.deliverables.totalCount).toBe(1));
    expect(page.latest()?.project.deliverables.nodes[0]?.title.text).toBe('Lupapalvelu (fi)');
    expect(operations).toEqual(['ProjectPage_Query', 'DeliverableEdit_Create', 'ProjectPage_Query']);
    page.unsubscribe();
    // Every entity was keyed and every embedded type declared: Graphcache had nothing to warn about.
    expect(warn).not.toHaveBeenCalled();
  });

  it('caches texts per language: switching back answers from the cache, in the right language', async () => {
    const { operations } = api();
    const client = createUrqlClient('http://localhost/graphql');
    const ask = (lang: 'fi' | 'sv') => client.query(ProjectPageQuery, { slug: 'rasa', lang }).toPromise();

    expect((await ask('fi')).data?.project.name.text).toBe('Rakennusvalvonta (fi)');
    expect((await ask('sv')).data?.project.name.text).toBe('Rakennusvalvonta (sv)');
    expect((await ask('fi')).data?.project.name.text).toBe('Rakennusvalvonta (fi)');
    expect(operations).toEqual(['ProjectPage_Query', 'ProjectPage_Query']);
  });

  it('refetches the list of API keys after creating one, and the viewer after signing in', async () => {
    const keys: Record<string, unknown>[] = [];
    let me: Record<string, unknown> | null = null;
    const { operations } = stubApi({
      me: () => me,
      apiKeys: () => keys,
      createApiKey: ({ input }: { input: { name: string } }) => {
        const apiKey = { id: `QXBpS2V5OjE${keys.length}`, name: input.name, prefix: 'kg_abc', scopes: [] };
        keys.push(apiKey);
        return { key: 'kg_secret', apiKey };
      },
      signIn: () => (me = { id: 'VXNlcjox', kind: 'USER', name: 'Maija', memberships: [] }),
    });
    const client = createUrqlClient('http://localhost/graphql');
    const list = watch<{ apiKeys: unknown[] }>(client.query(ApiKeysQuery, { organisation: 'T3JnOjE=' }));
    const viewer = watch<{ me: { name: string } | null }>(client.query(ViewerQuery, { lang: 'fi' }));
    await vi.waitFor(() => expect(list.latest()?.apiKeys).toEqual([]));
    await vi.waitFor(() => expect(viewer.latest()?.me).toBeNull());

    await client.mutation(SignInMutation, { input: { email: 'maija@example.org', password: 'x' } }).toPromise();
    await vi.waitFor(() => expect(viewer.latest()?.me?.name).toBe('Maija'));
    await client
      .mutation(CreateApiKeyMutation, { input: { name: 'Intranet', organisation: 'T3JnOjE=', scopes: [] } })
      .toPromise();
    await vi.waitFor(() => expect(list.latest()?.apiKeys).toHaveLength(1));
    expect(operations.filter((o) => o === 'ApiKeys_Query').length).toBeGreaterThanOrEqual(2);
    list.unsubscribe();
    viewer.unsubscribe();
  });
});

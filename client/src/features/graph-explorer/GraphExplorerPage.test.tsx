import { act } from 'react';
import { Route, Routes } from 'react-router';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { button, click, link, operationName, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import GraphExplorerPage from './GraphExplorerPage';
import type { Neighbourhood } from './GraphExplorerPage.query';
import NodePage, { pageOfNode } from './NodePage';

const webgl = vi.hoisted(() => ({ available: false }));
vi.mock('./webgl', () => ({ hasWebGL: () => webgl.available }));
const draw = vi.hoisted(() => ({ fn: vi.fn() }));
vi.mock('./sigma-renderer', () => ({ drawGraph: (...args: unknown[]) => draw.fn(...args) }));

const hood: Neighbourhood = {
  truncated: false,
  centre: { id: 'P1', label: 'KAATIO', labelLang: 'fi', typename: 'Project' },
  nodes: [
    { id: 'P1', label: 'KAATIO', labelLang: 'fi', typename: 'Project', hops: 0 },
    { id: 'O1', label: 'Oulu', labelLang: 'fi', typename: 'Organisation', hops: 1 },
    { id: 'O2', label: 'Espoo', labelLang: 'fi', typename: 'Organisation', hops: 1 },
    { id: 'S1', label: 'Kaavatietomalli', labelLang: 'fi', typename: 'Specification', hops: 1 },
  ],
  edges: [
    { source: 'O1', target: 'P1', type: 'LEADS' },
    { source: 'O2', target: 'P1', type: 'PARTICIPATES_IN' },
    { source: 'P1', target: 'S1', type: 'APPLIES_SPECIFICATION' },
  ],
};

const route = { path: '/:lang/explore/:id' };
const settle = () => act(async () => {});

beforeEach(() => {
  webgl.available = false;
  draw.fn.mockReset();
  draw.fn.mockReturnValue({ kill: vi.fn() });
});

describe('GraphExplorerPage', () => {
  it('shows a skeleton while loading and asks with the URL’s hops, limit and language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<GraphExplorerPage />, stub.client, { ...route, url: '/sv/explore/P1?hops=2&limit=5000' });
    expect(c.querySelector('.skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ node: 'P1', hops: 2, limit: 5000, lang: 'sv' });
  });

  it('says when the node does not exist, and offers a retry on other errors', () => {
    const notFound = new CombinedError({
      graphQLErrors: [new GraphQLError('No node', { extensions: { code: 'NOT_FOUND' } })],
    });
    let c = render(<GraphExplorerPage />, stubClient(() => ({ error: notFound })).client, {
      ...route,
      url: '/en/explore/X',
    });
    expect(text(c.querySelector('h1'))).toBe('Node not found.');

    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    c = render(<GraphExplorerPage />, stub.client, { ...route, url: '/en/explore/P1' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Loading the graph failed.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Try again'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('falls back to the list without WebGL: nodes grouped by kind with their edges as sentences', () => {
    const c = render(<GraphExplorerPage />, stubClient(() => ({ data: { neighbourhood: hood } })).client, {
      ...route,
      url: '/en/explore/P1',
    });
    expect(text(c.querySelector('h1'))).toBe('Graph: KAATIO');
    expect(text(c.querySelector('.notice'))).toMatch(/WebGL is not available/);
    expect(c.querySelector('.view-toggle')).toBeNull();
    expect(text(c.querySelector('.count'))).toBe('4 nodes and 3 links');
    expect([...c.querySelectorAll('.kind-legend li')].map(text)).toEqual([
      'Projects (1)',
      'Organisations (2)',
      'Specifications (1)',
    ]);
    expect([...c.querySelectorAll('.node-group h2')].map(text)).toEqual([
      'Projects (1)',
      'Organisations (2)',
      'Specifications (1)',
    ]);
    const kaatio = c.querySelector('.node-group .node-item');
    expect([...(kaatio?.querySelectorAll('.node-edges li') ?? [])].map(text)).toEqual([
      'Oulu leads KAATIO',
      'Espoo participates in KAATIO',
      'KAATIO applies Kaavatietomalli',
    ]);
    expect(link(c, 'Oulu')?.getAttribute('href')).toBe('/en/nodes/O1');
    expect(c.querySelector('.explore-here')?.getAttribute('href')).toBe('/en/explore/O1');
    expect(draw.fn).not.toHaveBeenCalled();
  });

  it('draws the graph with WebGL, toggles to the list, and falls back when drawing fails', async () => {
    webgl.available = true;
    const c = render(<GraphExplorerPage />, stubClient(() => ({ data: { neighbourhood: hood } })).client, {
      ...route,
      url: '/fi/explore/P1',
    });
    await settle();
    expect(draw.fn).toHaveBeenCalledTimes(1);
    expect(draw.fn.mock.calls[0][1]).toHaveLength(4);
    expect(c.querySelector('.graph-canvas')?.getAttribute('aria-label')).toMatch(/^Verkosto kuvana, 4 solmua/);
    expect(c.querySelector('.node-list')).toBeNull();

    click(button(c, 'Luettelo'));
    expect(c.querySelector('.node-list')).not.toBeNull();
    expect(button(c, 'Luettelo')?.getAttribute('aria-pressed')).toBe('true');
    click(button(c, 'Kuva'));
    await settle();
    expect(c.querySelector('.graph-canvas')).not.toBeNull();

    draw.fn.mockImplementation(() => {
      throw new Error('no WebGL context');
    });
    click(button(c, 'Luettelo'));
    click(button(c, 'Kuva'));
    await settle();
    expect(text(c.querySelector('.notice'))).toBe('Verkoston piirtäminen epäonnistui, joten se näytetään luettelona.');
    expect(c.querySelector('.node-list')).not.toBeNull();
  });

  it('says when the limit cut the neighbourhood', () => {
    const c = render(
      <GraphExplorerPage />,
      stubClient(() => ({ data: { neighbourhood: { ...hood, truncated: true } } })).client,
      { ...route, url: '/en/explore/P1?limit=100' },
    );
    expect(text(c.querySelectorAll('.notice')[1])).toBe(
      'The graph has more than 100 nodes: only the nearest are shown.',
    );
  });
});

describe('NodePage', () => {
  it('sends each kind to its page', () => {
    expect(pageOfNode({ __typename: 'Project', id: 'P1', slug: 'kaatio' }, 'fi')).toBe('/fi/projects/kaatio');
    expect(pageOfNode({ __typename: 'Organisation', id: 'O1', municipalityCode: '564' }, 'sv')).toBe(
      '/sv/municipalities/564',
    );
    expect(pageOfNode({ __typename: 'Organisation', id: 'O=2', municipalityCode: null }, 'en')).toBe(
      '/en/organisations/O%3D2',
    );
    expect(pageOfNode({ __typename: 'FundingCall', id: 'C1', year: 2021 }, 'fi')).toBe('/fi/funding/2021');
    expect(pageOfNode({ __typename: 'Region', id: 'R1' }, 'fi')).toBe('/fi/regions');
  });

  it('replaces itself with the node’s page', () => {
    const stub = stubClient((r) =>
      operationName(r) === 'NodePath_Query'
        ? { data: { node: { __typename: 'Project', id: 'P1', slug: 'kaatio' } } }
        : undefined,
    );
    const c = render(
      <Routes>
        <Route path="/:lang/nodes/:id" element={<NodePage />} />
        <Route path="/:lang/projects/:slug" element={<p>project page</p>} />
      </Routes>,
      stub.client,
      { url: '/fi/nodes/P1', routes: false },
    );
    expect(text(c)).toBe('project page');
  });
});

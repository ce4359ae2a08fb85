import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider, type Client, type GraphQLRequest, type OperationContext, type OperationResult } from 'urql';
import { vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';

const mounted = new Set<{ root: Root; container: HTMLElement }>();

/** The name of a request's operation, e.g. `ProjectPage_Query`. */
export function operationName(request: GraphQLRequest): string | undefined {
  for (const d of request.query.definitions) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}

/** The result for a request, or `undefined` to leave it loading forever. */
type Respond = (request: GraphQLRequest) => Partial<OperationResult> | undefined;

/** A client with only `executeQuery`, the way urql's testing guide mocks it; the spy records calls. */
export function stubClient(respond: Respond) {
  const executeQuery = vi.fn((request: GraphQLRequest, _context?: Partial<OperationContext>) => {
    const result = respond(request);
    // Stays open like a real client's query source: when a source ends, useQuery drops its error.
    return result ? concat([fromValue(result), never]) : never;
  });
  return { executeQuery, client: { executeQuery } as unknown as Client };
}

/**
 * Renders `ui` at `url` (default `/fi/`) inside a router. With `routes: false`, `ui` brings its
 * own routes (the whole App); otherwise it is mounted on `path` (default `/:lang/*`) like a page.
 */
/** A history entry with navigation state, as `navigate(url, { state })` leaves it. */
function entry(url: string, state: unknown) {
  const { pathname, search, hash } = new URL(url, 'http://localhost');
  return { pathname, search, hash, state };
}

export function render(
  ui: ReactNode,
  client: Client,
  {
    url = '/fi/',
    path = '/:lang/*',
    routes = true,
    state,
  }: { url?: string; path?: string; routes?: boolean; state?: unknown } = {},
) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const routed = routes ? (
    <Routes>
      <Route path={path} element={ui} />
    </Routes>
  ) : (
    ui
  );
  act(() =>
    root.render(
      <Provider value={client}>
        <MemoryRouter initialEntries={[state === undefined ? url : entry(url, state)]}>{routed}</MemoryRouter>
      </Provider>,
    ),
  );
  mounted.add({ root, container });
  return container;
}

export function cleanup() {
  for (const m of mounted) {
    act(() => m.root.unmount());
    m.container.remove();
  }
  mounted.clear();
}

/** Clicks like a user and lets React commit the resulting update. */
export function click(el: Element | null | undefined) {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => el.click());
}

/** The link whose visible text is exactly `name`. */
export function link(container: HTMLElement, name: string): HTMLAnchorElement | undefined {
  return [...container.querySelectorAll('a')].find((a) => a.textContent === name);
}

/** The button whose visible text is exactly `name`. */
export function button(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent === name);
}

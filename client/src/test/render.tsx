import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Provider, type Client, type GraphQLRequest, type OperationContext, type OperationResult } from 'urql';
import { vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';

const mounted = new Set<{ root: Root; container: HTMLElement }>();

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

export function render(ui: ReactNode, client: Client) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Provider value={client}>{ui}</Provider>));
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

/** The button whose visible text is exactly `name`. */
export function button(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent === name);
}

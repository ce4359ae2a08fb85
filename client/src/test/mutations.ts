import { act } from 'react';
import { GraphQLError } from 'graphql';
import { CombinedError, createRequest, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { vi } from 'vitest';
import { concat, fromValue, never } from 'wonka';

export type Respond = (request: GraphQLRequest) => Partial<OperationResult> | undefined;

/**
 * A client for forms: queries as in `stubClient` (render.tsx), plus `executeMutation` and
 * `client.query(...).toPromise()`; the spies record each request.
 */
export function stubFormClient(respondQuery: Respond, respondMutation: Respond = () => undefined) {
  const executeQuery = vi.fn((request: GraphQLRequest) => {
    const result = respondQuery(request);
    return result ? concat([fromValue(result), never]) : never;
  });
  const executeMutation = vi.fn((request: GraphQLRequest) => {
    const result = respondMutation(request);
    return result ? fromValue({ operation: request, ...result }) : never;
  });
  const query = vi.fn((q: GraphQLRequest['query'], variables: Record<string, unknown>) => ({
    toPromise: () => Promise.resolve(respondQuery(createRequest(q, variables)) ?? {}),
  }));
  return {
    executeQuery,
    executeMutation,
    query,
    client: { executeQuery, executeMutation, query } as unknown as Client,
  };
}

/** Lets pending promises, React updates and animation frames (focus moves) settle. */
export async function settle() {
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  });
}

/** Types into an input or textarea the way React notices (the native value setter, then `input`). */
export function type(el: Element | null | undefined, value: string) {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
    throw new Error('not a form field');
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Submits a form like pressing Enter in it. */
export function submit(form: Element | null | undefined) {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** The field (input, select, textarea) whose label text is exactly `label`. */
export function field(container: HTMLElement, label: string): HTMLInputElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const el = l?.htmlFor ? container.querySelector(`#${CSS.escape(l.htmlFor)}`) : null;
  if (!el) throw new Error(`no field labelled "${label}"`);
  return el as HTMLInputElement;
}

/** A mutation's answer refusing the input: BAD_USER_INPUT naming each bad field, as the API does. */
export const badInput = (fields: { field: string; message: string }[]) => ({
  error: new CombinedError({
    graphQLErrors: [
      new GraphQLError('Bad', { extensions: { code: 'BAD_USER_INPUT', field: fields[0].field, fields } }),
    ],
  }),
});

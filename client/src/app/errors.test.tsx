import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CombinedError } from 'urql';
import { OrganisationPageQuery } from '../features/organisation/OrganisationPage.query';
import { button, render, stubClient } from '../test/render';
import { text } from '../test/text';
import { isNotFound, throttled } from './errors';
import { LoadError } from './LoadError';
import { createUrqlClient } from './urql';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The error a real client makes of the API's answer: `body` as JSON, or as plain text. */
async function errorOf(body: unknown, init: ResponseInit = {}): Promise<CombinedError> {
  const response =
    typeof body === 'string'
      ? new Response(body, { ...init, headers: { 'content-type': 'text/plain', ...init.headers } })
      : Response.json(body, init);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  );
  const result = await createUrqlClient('http://localhost/graphql')
    .query(OrganisationPageQuery, { id: 'xyz', lang: 'fi' })
    .toPromise();
  return result.error!;
}

const badInput = (argumentName: string, path: string[], field?: string) => ({
  errors: [
    {
      message: `"${argumentName}" is not valid.`,
      path,
      extensions: { code: 'BAD_USER_INPUT', argumentName, ...(field ? { field } : {}) },
    },
  ],
  data: null,
});

describe('isNotFound', () => {
  it('is NOT_FOUND, or a malformed id, slug or code of the root field the page looks up (as the API answers)', async () => {
    expect(
      isNotFound(
        new CombinedError({ graphQLErrors: [new GraphQLError('No project', { extensions: { code: 'NOT_FOUND' } })] }),
      ),
    ).toBe(true);
    // Answers of the API, as curl shows them, for /organisations/xyz, /municipalities/abc, /explore/xyz.
    expect(isNotFound(await errorOf(badInput('id', ['organisation'])))).toBe(true);
    expect(isNotFound(await errorOf(badInput('code', ['municipality'])))).toBe(true);
    expect(isNotFound(await errorOf(badInput('node', ['neighbourhood'])))).toBe(true);
    expect(isNotFound(await errorOf(badInput('slug', ['project'])))).toBe(true);
  });

  it('is not any other bad input, nor another error', async () => {
    expect(isNotFound(await errorOf(badInput('after', ['organisation'])))).toBe(false);
    expect(isNotFound(await errorOf(badInput('filter', ['search'], 'theme')))).toBe(false);
    expect(isNotFound(await errorOf(badInput('id', ['createAdoption'], 'deliverable')))).toBe(false);
    // An argument of a field inside the page's object is not the page's id.
    expect(isNotFound(await errorOf(badInput('id', ['organisation', 'adoptions'])))).toBe(false);
    expect(isNotFound(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
  });
});

describe('throttled', () => {
  const body = (extensions: object) => ({
    errors: [{ message: 'Rate limit exceeded: retry in 90 s.', extensions: { code: 'THROTTLED', ...extensions } }],
  });

  it('reads the seconds from the error, else from Retry-After, of an HTTP 429 answer', async () => {
    const headers = { 'retry-after': '30' };
    expect(throttled(await errorOf(body({ retryAfterSeconds: 90 }), { status: 429, headers }))).toEqual({
      retryAfterSeconds: 90,
    });
    expect(throttled(await errorOf(body({}), { status: 429, headers }))).toEqual({ retryAfterSeconds: 30 });
    // A proxy's 429 without a GraphQL body.
    expect(throttled(await errorOf('Too Many Requests', { status: 429, headers }))).toEqual({ retryAfterSeconds: 30 });
    expect(throttled(await errorOf(body({}), { status: 429 }))).toEqual({ retryAfterSeconds: null });
  });

  it('is false for other errors', async () => {
    expect(throttled(await errorOf(badInput('id', ['organisation'])))).toBe(false);
    expect(throttled(await errorOf('Bad Gateway', { status: 502 }))).toBe(false);
  });
});

describe('LoadError', () => {
  const throttledError = (retryAfterSeconds?: number) =>
    new CombinedError({
      graphQLErrors: [
        new GraphQLError('Rate limit exceeded.', {
          extensions: { code: 'THROTTLED', ...(retryAfterSeconds ? { retryAfterSeconds } : {}) },
        }),
      ],
    });
  const said = (lang: string, error: CombinedError | undefined, message?: string) => {
    const c = render(
      <LoadError message={message} error={error} onRetry={() => {}} />,
      stubClient(() => undefined).client,
      {
        url: `/${lang}/`,
      },
    );
    return text(c.querySelector('[role="alert"] p'));
  };

  it('says the network sent too many requests and when to try again, in the page language', () => {
    expect(said('fi', throttledError(240), 'Haku epäonnistui.')).toBe(
      'Palveluun on tullut lyhyessä ajassa liian monta pyyntöä verkostasi. Yritä uudelleen noin 4 minuutin kuluttua.',
    );
    expect(said('fi', throttledError(61))).toMatch(/noin 2 minuutin kuluttua\.$/);
    expect(said('fi', throttledError(60))).toMatch(/noin minuutin kuluttua\.$/);
    expect(said('sv', throttledError(45))).toBe(
      'Tjänsten har fått för många förfrågningar från ditt nätverk på kort tid. Försök igen om cirka 45 sekunder.',
    );
    expect(said('sv', throttledError(600))).toMatch(/om cirka 10 minuter\.$/);
    expect(said('en', throttledError(1))).toBe(
      'Too many requests have come from your network in a short time. Try again in a second.',
    );
    expect(said('en', throttledError())).toBe(
      'Too many requests have come from your network in a short time. Try again in a little while.',
    );
  });

  it('shows its own message for other errors, and no retry without onRetry', () => {
    expect(said('en', new CombinedError({ networkError: new Error('offline') }), 'The search failed.')).toBe(
      'The search failed.',
    );
    expect(said('en', undefined)).toBe('Loading the data failed.');
    const c = render(<LoadError message="x" />, stubClient(() => undefined).client, { url: '/en/' });
    expect(button(c, 'Try again')).toBeUndefined();
  });
});

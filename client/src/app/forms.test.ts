import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { formErrors } from './forms';
import { i18next } from './i18n';

const t = i18next.getFixedT('fi');
const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('formErrors', () => {
  it('says a duplicate exists in the user’s language, at the field the API names', () => {
    const adoption = apiError(
      'This organisation already has an adoption of this deliverable: update or confirm that one.',
      {
        code: 'CONFLICT',
        argumentName: 'input',
      },
    );
    expect(formErrors(adoption, t).errors).toEqual([
      { field: undefined, message: 'Tämä on jo tallennettu. Tarkista tiedot tai muokkaa aiemmin tallennettua.' },
    ]);
    const release = apiError('Release "1.0" already exists.', { code: 'CONFLICT', field: 'version' });
    expect(formErrors(release, t).errors[0]).toMatchObject({
      field: 'version',
      message: expect.stringMatching(/^Tämä/),
    });
  });

  it('keeps an unknown conflict’s message, marked as English', () => {
    const f = formErrors(apiError('This invitation has expired; ask for a new one.', { code: 'CONFLICT' }), t);
    expect(f.errors).toEqual([
      { field: undefined, message: 'This invitation has expired; ask for a new one.', lang: 'en' },
    ]);
  });

  it('explains a too large request and one the server could not read', () => {
    expect(formErrors(apiError('Request entity too large', { code: 'PAYLOAD_TOO_LARGE' }), t).errors[0].message).toBe(
      'Teksti on liian pitkä tallennettavaksi kerralla. Lyhennä sitä.',
    );
    const http413 = new CombinedError({
      networkError: new Error('Payload Too Large'),
      response: { status: 413 } as Response,
    });
    expect(formErrors(http413, t)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(formErrors(apiError('Syntax Error', { code: 'BAD_REQUEST' }), t).errors[0].message).toMatch(
      /^Palvelin ei ymmärtänyt pyyntöä/,
    );
  });

  it('marks the API’s own field messages as English', () => {
    const f = formErrors(
      apiError('Bad', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.website', message: '"website" must be an http or https URL of at most 500 characters.' },
        ],
      }),
      t,
    );
    expect(f.errors).toEqual([
      { field: 'website', message: '"website" must be an http or https URL of at most 500 characters.', lang: 'en' },
    ]);
  });
});

import { BadUserInputError } from '../../graphql/errors.js';
import { lazyImport } from '../../lazy-import.js';

/**
 * zxcvbn's estimate, with its dictionaries of common passwords, names and words (2 MB: loaded at
 * the first password set, not with the server, whose memory the benchmark measures).
 */
const estimator = lazyImport(async () => {
  const [{ ZxcvbnFactory }, common] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
  ]);
  return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
});

/** zxcvbn's score (0..4) a new password must reach: 2 keeps out repeats, sequences and common passwords with a year or digits. */
export const MIN_PASSWORD_SCORE = 2;

const REASONS: Record<string, string> = {
  simpleRepeat: 'it repeats the same characters',
  extendedRepeat: 'it repeats the same characters',
  sequences: 'it is a sequence such as abcd or 1234',
  keyPattern: 'it is a pattern of neighbouring keys',
  straightRow: 'it is a row of neighbouring keys',
  topTen: 'it is among the most common passwords',
  topHundred: 'it is among the most common passwords',
  common: 'it is a common password',
  similarToCommon: 'it is a common password with small changes',
  userInputs: 'it contains your e-mail address, your name or the name of this service',
  dates: 'it is a date',
  recentYears: 'it is mostly a recent year',
  namesByThemselves: 'it is mostly a name',
  commonNames: 'it is mostly a common name',
  wordByItself: 'it is mostly a single word',
};

/**
 * Throws BAD_USER_INPUT for `field` when a new password is easy to guess (NIST SP 800-63B 5.1.1.2:
 * refuse commonly used, expected or compromised values), checked also against the person's own
 * e-mail address and name.
 */
export async function checkPasswordStrength(password: string, field: string, userInputs: string[]): Promise<void> {
  const zxcvbn = await estimator();
  const inputs = [
    'kuntagraph',
    ...userInputs.flatMap((s) => [s, ...s.split(/[@.\s_-]+/)]).filter((s) => s.length >= 3),
  ];
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const reason = REASONS[result.feedback.warning ?? ''] ?? 'it is easy to guess';
  throw new BadUserInputError(
    'input',
    `"${field}" is too easy to guess: ${reason}. A few unrelated words make a strong password.`,
    field,
  );
}

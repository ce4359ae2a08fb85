import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** express.json's `verify`: a body that is not valid UTF-8 is a 400, not silently mended with U+FFFD. */
export function rejectInvalidUtf8(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  if (!isUtf8(body))
    throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}

/** A JSON escape of a UTF-16 surrogate (`\ud800`): a lone one is the only way to send text that is no Unicode in valid UTF-8. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;
const LONE_SURROGATE = /\p{Cs}/u;

function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || holdsLoneSurrogate(v));
  return false;
}

/**
 * express.json's `verify`: a body whose JSON escapes a lone surrogate (`"\ud800"`) is a 400, as
 * invalid UTF-8 is: such a string is no Unicode text (PostgreSQL would store U+FFFD in its place)
 * and some validators throw on it. Escaped pairs (emoji as `\ud83d\ude00`) are fine. Only a body
 * with a surrogate escape is parsed here, to look.
 */
export function rejectLoneSurrogates(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  // Looked for in the bytes first: almost no body holds `\ud…`, and decoding every body costs.
  if (!body.includes('\\ud') && !body.includes('\\uD')) return;
  const text = body.toString('utf8');
  if (!SURROGATE_ESCAPE.test(text)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return; // express.json reports malformed JSON itself
  }
  if (holdsLoneSurrogate(parsed))
    throw Object.assign(
      new Error('request body holds an unpaired UTF-16 surrogate escape, which is not Unicode text'),
      {
        status: 400,
        type: 'encoding.invalid',
      },
    );
}

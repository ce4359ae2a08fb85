import { lookup } from 'node:dns/promises';
import { request } from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../http/private-address.js';
import { PUBLICCODE_MAX_BYTES } from './publiccode.import.js';

/** Fetches the text at an https URL; throws FetchRefused with a message for the client. */
export type PubliccodeFetcher = (url: URL) => Promise<string>;

export class FetchRefused extends Error {}

const TIMEOUT_MS = 5_000;

/** True for an address a server-side request must not reach (anything that is not an IP address too). */
export function isBlockedAddress(address: string): boolean {
  return isIP(address) === 0 || isPrivateAddress(address);
}

/**
 * The production fetcher: https only, the host resolved once and every address checked (the
 * connection then goes to the checked address, so DNS rebinding cannot swap it), no redirects,
 * at most 256 kB, 5 s in all.
 */
export const safeFetch: PubliccodeFetcher = async (url) => {
  if (url.protocol !== 'https:') throw new FetchRefused('Only https:// URLs are fetched.');
  if (url.username || url.password) throw new FetchRefused('URLs with credentials are not fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  if (addresses.length === 0 || addresses.some((a) => isBlockedAddress(a.address))) {
    throw new FetchRefused('The URL points to a private or local address.');
  }
  const target = addresses[0];
  return new Promise<string>((resolveText, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: {
          accept: 'application/yaml, text/yaml, text/plain, */*',
          'user-agent': 'Kuntagraph publiccode importer',
        },
        lookup: (_h, _o, cb) => cb(null, target.address, target.family),
        timeout: TIMEOUT_MS,
      },
      (res) => {
        if ((res.statusCode ?? 0) >= 300) {
          res.resume();
          reject(
            new FetchRefused(
              `The URL answered HTTP ${res.statusCode}${res.statusCode! < 400 ? ' (redirects are not followed)' : ''}.`,
            ),
          );
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > PUBLICCODE_MAX_BYTES) {
            req.destroy();
            reject(new FetchRefused('The file is larger than 256 kB.'));
          } else chunks.push(c);
        });
        res.on('end', () => resolveText(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(new FetchRefused('The URL did not answer within 5 s.')), TIMEOUT_MS);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new FetchRefused('The URL did not answer within 5 s.')));
    req.on('error', (err) =>
      reject(
        err instanceof FetchRefused
          ? err
          : new FetchRefused(`The URL could not be fetched (${(err as NodeJS.ErrnoException).code ?? 'error'}).`),
      ),
    );
    req.end();
  });
};

async function resolve(host: string): Promise<{ address: string; family: number }[]> {
  try {
    return await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new FetchRefused(`The host "${host}" could not be resolved.`);
  }
}

/** The fetcher in use; tests swap it (the real one refuses their local servers by design). */
export const publiccodeFetching: { fetcher: PubliccodeFetcher } = { fetcher: safeFetch };

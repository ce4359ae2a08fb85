import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../http/private-address.js';
import { webhookUrlProblem } from './target.js';

export interface DeliveryRequest {
  url: string;
  secret: string;
  body: string;
  event: string;
  deliveryId: string;
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** `sha256=<hex>`: HMAC-SHA256 of the raw body with the hook's secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** DNS lookup that refuses private addresses (checked when connecting, so DNS rebinding cannot bypass it). */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0) {
      const e = new Error(`refused to connect to private address ${bad?.address ?? '(none)'}`) as NodeJS.ErrnoException;
      e.code = 'EPRIVATE';
      return callback(e, '', 0);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}

/**
 * POSTs one signed delivery: 2xx within the timeout is success; redirects are not followed
 * (a 3xx is a failure), private targets are refused unless allowed.
 */
export function postDelivery(
  req: DeliveryRequest,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<AttemptResult> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): AttemptResult => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    error: error?.slice(0, 500) ?? null,
    durationMs: Date.now() - started,
  });
  const problem = webhookUrlProblem(req.url, opts.allowPrivate);
  if (problem) return Promise.resolve(done(null, `URL refused: ${problem}`));
  const url = new URL(req.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.resolve(done(null, 'refused to connect to a private address'));
  }
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(req.body)),
    'user-agent': 'Kuntagraph-Webhook/1',
    'x-kuntagraph-event': req.event,
    'x-kuntagraph-delivery': req.deliveryId,
    'x-kuntagraph-timestamp': String(Math.floor(Date.now() / 1000)),
    'x-kuntagraph-signature': signature(req.secret, req.body),
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers,
        agent: false,
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup as unknown as typeof dnsLookup }),
      },
      (res) => {
        res.resume();
        finish(done(res.statusCode ?? null, res.statusCode && res.statusCode >= 300 ? `HTTP ${res.statusCode}` : null));
        res.on('error', () => undefined);
      },
    );
    const timer = setTimeout(() => {
      finish(done(null, `timed out after ${opts.timeoutMs} ms`));
      request.destroy();
    }, opts.timeoutMs);
    request.on('error', (e) => finish(done(null, e.message)));
    request.end(req.body);
  });
}

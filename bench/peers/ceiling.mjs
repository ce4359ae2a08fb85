// The load generator's ceiling for a cached answer: a bare node:http server that answers each
// request it has seen with the bytes the cached Kuntagraph (UPSTREAM) gave for it, from a Map.
// Nothing else happens per request (no routing, rate limit, hashing or headers beyond the type),
// so its req/s is what autocannon on this machine can get out of any server answering from
// memory. Env: PORT, HOST, UPSTREAM. Reads only: the bench never sends it a write.
import { createServer } from 'node:http';

const upstream = process.env.UPSTREAM;
const seen = new Map();

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks);
    const key = `${req.method} ${req.url} ${body.toString('latin1')}`;
    let answer = seen.get(key);
    if (!answer) {
      const r = await fetch(`${upstream}${req.url}`, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: req.method === 'GET' ? undefined : body,
      });
      answer = {
        status: r.status,
        type: r.headers.get('content-type') ?? 'application/json',
        bytes: Buffer.from(await r.arrayBuffer()),
      };
      if (r.status === 200) seen.set(key, answer);
    }
    res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': answer.bytes.length });
    res.end(answer.bytes);
  });
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');

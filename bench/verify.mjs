// Before timing: every target must return the same data for every workload (normalised).
import { isDeepStrictEqual } from 'node:util';
import { targetsFor } from './measure.mjs';
import { w2Bounds } from './workloads.mjs';

export async function request(target, req) {
  const res = await fetch(target.url + req.path, {
    method: req.method,
    headers: { ...(req.body ? { 'content-type': 'application/json' } : {}), ...req.headers },
    body: req.body,
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${target.id}: not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  if (res.status !== 200 || json?.errors)
    throw new Error(`${target.id}: HTTP ${res.status} ${JSON.stringify(json?.errors ?? json).slice(0, 500)}`);
  return json;
}

function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || '(root)'}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Throws on the first mismatch; returns a one-line summary per workload. */
export async function verifyAll(workloads, allTargets, params) {
  const lines = [];
  for (const w of workloads) {
    const targets = targetsFor(w, allTargets);
    const norm = {};
    for (const t of targets) norm[t.id] = w.norm[t.as ?? t.id](await request(t, w[t.as ?? t.id](params)));
    const reference = norm.raw;
    const notes = [];
    for (const t of targets) {
      if (t.id === 'raw') continue;
      if (norm[t.id]?.capped) {
        const d = w2Bounds(norm[t.id], reference);
        if (d) throw new Error(`VERIFY FAILED ${w.id} ${t.id} (capped) vs raw: ${d}`);
        notes.push(
          `${t.id} capped: ${norm[t.id].total} candidates, counts checked as lower bounds — not like for like`,
        );
        continue;
      }
      const expected = w.project?.[t.as ?? t.id] ? w.project[t.as ?? t.id](reference) : reference;
      const d = firstDifference(norm[t.id], expected);
      if (d) throw new Error(`VERIFY FAILED ${w.id} ${t.id} vs raw: ${d}`);
    }
    const size = JSON.stringify(reference).length;
    lines.push(
      `${w.id}: same data from ${targets.map((t) => t.id).join(', ')}${w.project ? ` (pgl: ${w.projectNote})` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}; ${summary(reference)} (${size} B normalised)`,
    );
  }
  return lines;
}

function summary(r) {
  if (Array.isArray(r)) return `${r.length} items`;
  if ('kind' in r && 'title' in r) return `created a ${r.kind} titled ${r.title}`;
  if ('total' in r) return `total ${r.total}, ${r.hits.length} hits, ${r.theme.length} theme facets`;
  if ('nodes' in r) return `${r.nodes.length} nodes, ${r.edges} edges, truncated ${r.truncated}`;
  if ('participants' in r)
    return `${r.participants.length} participants, ${r.grants.length} grants, ${r.serviceUses.length} service uses, ${r.deliverables.length} deliverables`;
  return '';
}

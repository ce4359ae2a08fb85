import type { ReleaseLink } from '../../modules/deliverable/release.entity.js';
import type { Context } from './context.js';
import { AS_OF, isoDate, type Stamps } from './dates.js';
import { render, type Langs } from './text.js';
import { RELEASE_NOTES } from './vocabulary.js';

/** 0-3 releases: semantic versions for software, 1.0 / 1.1 / 2.0 for documents. */
export function emitReleases(
  ctx: Context,
  deliverableId: string,
  software: boolean,
  published: number,
  langs: Langs,
  repository: string | null,
  at: Stamps,
): void {
  const { rng } = ctx;
  const count = software
    ? rng.weighted([
        [0, 10],
        [1, 30],
        [2, 30],
        [3, 30],
      ])
    : rng.weighted([
        [0, 60],
        [1, 35],
        [2, 5],
      ]);
  let major = software && rng.chance(0.3) ? 0 : 1;
  let minor = 0;
  let when = published;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      if (rng.chance(0.7)) minor += 1;
      else {
        major += 1;
        minor = 0;
      }
      when = Math.min(AS_OF, when + rng.int(30, 300));
    }
    const version = software ? `${major}.${minor}.0` : `${major}.${minor}`;
    const links: ReleaseLink[] =
      repository && rng.chance(0.5) ? [{ url: `${repository}/releases/tag/v${version}` }] : [];
    ctx.writer.add('release', {
      id: ctx.nextId('release'),
      ...at,
      deliverable_id: deliverableId,
      version,
      released_at: isoDate(when),
      notes: render(langs, [i === 0 ? RELEASE_NOTES[0] : rng.pick(RELEASE_NOTES.slice(1))]),
      links,
    });
  }
}

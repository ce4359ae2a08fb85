import { ProjectLinkRelation } from '../../domain/enums.js';
import type { Context } from './context.js';
import type { Stamps } from './dates.js';
import type { Topic } from './vocabulary.js';

/**
 * About a third of projects continue or derive from an earlier project of the same topic. Links
 * only ever point to earlier projects, so the link graph is acyclic by construction.
 */
export function emitLinks(ctx: Context, id: string, topic: Topic, at: Stamps): boolean {
  const { rng } = ctx;
  const earlier = ctx.recentProjectsOf(topic);
  if (earlier.length === 0 || !rng.chance(0.3)) return false;
  const targets = rng.sample(earlier, rng.chance(0.15) ? 2 : 1);
  for (const target of targets) {
    ctx.writer.add('project_link', {
      id: ctx.nextId('project_link'),
      ...at,
      from_id: id,
      to_id: target.id,
      relation: rng.chance(0.6) ? ProjectLinkRelation.CONTINUES : ProjectLinkRelation.DERIVED_FROM,
    });
  }
  return true;
}

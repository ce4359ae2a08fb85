import { ProjectStatus } from '../../domain/enums.js';
import type { Context } from './context.js';
import type { Stamps } from './dates.js';
import { render, type Langs } from './text.js';
import { LESSONS } from './vocabulary.js';

/** Lessons learned: finished projects report a few, running ones seldom. */
export function emitLessons(ctx: Context, projectId: string, status: ProjectStatus, langs: Langs, at: Stamps): void {
  const { rng } = ctx;
  const done = status === ProjectStatus.COMPLETED || status === ProjectStatus.DISCONTINUED;
  const count = done
    ? rng.weighted([
        [0, 25],
        [1, 35],
        [2, 25],
        [3, 15],
      ])
    : rng.chance(0.2)
      ? 1
      : 0;
  for (const lesson of rng.sample(LESSONS, count)) {
    ctx.writer.add('lesson_learned', {
      id: ctx.nextId('lesson_learned'),
      ...at,
      project_id: projectId,
      category: lesson.category,
      text: render(langs, [lesson.text]),
      mitigation: rng.chance(0.7) ? render(langs, [lesson.mitigation]) : {},
    });
  }
}

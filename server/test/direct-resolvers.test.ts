import { describe, expect, it } from 'vitest';
import { installDirectResolvers } from '../src/graphql/direct-resolvers.js';
import { getSchema } from '../src/graphql/schema.js';
import { resolvers } from '../src/modules/resolvers.js';

// That the direct calls answer as type-graphql's wrapper did is what every other server test
// checks: they all run through them (authorization-matrix.test.ts for the permission checks).
describe('direct field resolvers', () => {
  it('call the per-row resolvers directly and leave to type-graphql what needs its conversions', async () => {
    const replaced = installDirectResolvers(await getSchema(), resolvers);
    for (const f of [
      'Project.participants', // @Args(PageArgs) + an enum @Arg
      'Project.deliverables',
      'Participation.organisation', // @Root + @Ctx
      'Project.name', // the lang enum argument of every localised text
      'Deliverable.title',
    ])
      expect(replaced).toContain(f);
    // Its @Root is typed with a class, which type-graphql turns into an instance of it.
    expect(replaced).not.toContain('GraphStats.projectsAfterEnd');
  });
});

import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions, type OrmOptions } from './mikro-orm.config.js';

/** Opens the ORM and brings the schema up to date with the committed migrations. */
export async function initOrm(o: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(createOrmOptions(o));
  await orm.getMigrator().up();
  return orm;
}

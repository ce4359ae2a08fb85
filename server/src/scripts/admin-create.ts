import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ensureAdmin } from '../modules/auth/auth.service.js';

/** `npm run admin:create -w server -- --email x --password y [--name z]`: creates or updates an administrator. */
const { values } = parseArgs({
  options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
});
if (!values.email || !values.password) {
  console.error('Usage: npm run admin:create -w server -- --email <email> --password <12..200 chars> [--name <name>]');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config);
try {
  const { created } = await ensureAdmin(db.orm.em.fork(), {
    email: values.email,
    password: values.password,
    name: values.name,
  });
  console.log(`${created ? 'Created' : 'Updated'} administrator ${values.email.trim().toLowerCase()}.`);
} catch (e) {
  if (e instanceof GraphQLError) {
    console.error(`Invalid input: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
} finally {
  await db.close();
}

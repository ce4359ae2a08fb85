// PostGraphile v5 (amber preset) over the bench database. Env: DATABASE_URL, PORT, HOST.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: 10, options: '-c jit=off' },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 5000;
await serv.addTo(server);
await pgl.getSchema();
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => console.log('postgraphile ready'));
process.on('SIGTERM', () => process.exit(0));

import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { openDb } from './db/db';
import { migrate } from './db/migrate';
import { JobRunner } from './domain/jobs';
import { createApp } from './app';
import { seedDemoTenant, seedDemoIfEmpty } from './seed/demo';

const config = loadConfig();
const db = await openDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const applied = await migrate(db);
if (applied.length) console.log(`[simulator] applied migrations: ${applied.join(', ')}`);

const jobs = new JobRunner(db);
const app = createApp({ db, config, jobs, seedDemo: seedDemoTenant });
await seedDemoIfEmpty(db, config);
jobs.start(config.JOB_POLL_MS);

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const storage = config.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`;
  console.log(`[simulator] Wholesale Partner Hub on http://${config.HOST}:${info.port} (${storage})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[simulator] ${signal}: shutting down`);
  server.close();
  await jobs.stop();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

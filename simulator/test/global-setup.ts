import type { TestProject } from 'vitest/node';
import { startSimulator, type RunningSimulator } from './server-process';

let sim: RunningSimulator | undefined;

/** One simulator for the API test run; every test isolates itself in its own tenant. */
export default async function setup(project: TestProject) {
  sim = await startSimulator({ DATABASE_URL: process.env.DATABASE_URL });
  project.provide('simBaseUrl', sim.baseUrl);
  project.provide('simStorage', process.env.DATABASE_URL ? 'postgres' : 'pglite');
  return async () => {
    await sim?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    simBaseUrl: string;
    simStorage: 'pglite' | 'postgres';
  }
}

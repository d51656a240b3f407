import type { TestProject } from 'vitest/node';
import { startSimulator, type RunningSimulator } from './server-process';

let sim: RunningSimulator | undefined;

/** One simulator for the API test run; every test isolates itself in its own tenant. */
export default async function setup(project: TestProject) {
  // The contract run (scripts/contract-test.ts) starts the simulator itself, behind Prism.
  const external = process.env.SIM_BASE_URL;
  if (!external) sim = await startSimulator({ DATABASE_URL: process.env.DATABASE_URL });
  project.provide('simBaseUrl', external ?? sim?.baseUrl ?? '');
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

import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Where relative URLs such as `/v1` resolve under jsdom. */
export const ORIGIN = globalThis.location?.origin ?? 'http://localhost:3000';

/**
 * The network of a test file: MSW answers fetch, and any request without a handler fails
 * the test (nothing silently reaches a real server or gets an implicit empty answer).
 */
export function setupMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

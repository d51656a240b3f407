import { describe, expect, it } from 'vitest';
import { AppConfigError, loadAppConfig } from './app-config';

const answer =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadAppConfig', () => {
  it('accepts what the simulator serves', async () => {
    const body = { backend: 'simulator', apiBaseUrl: '/v1', hubBaseUrl: '/hub/v1', simControlUrl: null };
    await expect(loadAppConfig(answer(JSON.stringify(body)))).resolves.toEqual(body);
  });

  it('lists every problem of an invalid configuration', async () => {
    const error = await loadAppConfig(
      answer(JSON.stringify({ backend: 'cloud', apiBaseUrl: '', hubBaseUrl: null })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppConfigError);
    const problems = (error as AppConfigError).problems;
    expect(problems.some((p) => p.startsWith('backend:'))).toBe(true);
    expect(problems).toContain('apiBaseUrl: must not be empty');
    expect(problems.some((p) => p.startsWith('simControlUrl:'))).toBe(true);
  });

  it('requires the Hub API for the simulator backend', async () => {
    const body = { backend: 'simulator', apiBaseUrl: '/v1', hubBaseUrl: null, simControlUrl: null };
    const error = (await loadAppConfig(answer(JSON.stringify(body))).catch((e: unknown) => e)) as AppConfigError;
    expect(error.problems).toEqual(['hubBaseUrl: is required when backend is "simulator"']);
  });

  it('says so when the file is missing or not JSON', async () => {
    await expect(loadAppConfig(answer('not found', 404))).rejects.toThrow('/app-config.json answered HTTP 404.');
    await expect(loadAppConfig(answer('<html>'))).rejects.toThrow('/app-config.json is not valid JSON.');
  });
});

import * as z from 'zod/mini';

/**
 * Runtime configuration served by the backend at /app-config.json. Which backend the SPA
 * talks to is decided by the server's environment, never compiled into the bundle.
 */
export const AppConfigSchema = z
  .object({
    backend: z.enum(['simulator', 'webex']),
    apiBaseUrl: z.string().check(z.minLength(1, 'must not be empty')),
    hubBaseUrl: z.nullable(z.string().check(z.minLength(1, 'must not be empty'))),
    simControlUrl: z.nullable(z.string().check(z.minLength(1, 'must not be empty'))),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.backend === 'simulator' && config.hubBaseUrl === null) {
        ctx.issues.push({
          code: 'custom',
          path: ['hubBaseUrl'],
          message: 'is required when backend is "simulator"',
          input: config.hubBaseUrl,
        });
      }
    }),
  );

export type AppConfig = z.infer<typeof AppConfigSchema>;

export class AppConfigError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'AppConfigError';
  }
}

/** Fetches and validates the runtime config; throws AppConfigError with one line per problem. */
export async function loadAppConfig(fetchImpl: typeof fetch = fetch, url = '/app-config.json'): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch (error) {
    throw new AppConfigError(`Could not reach ${url}.`, [error instanceof Error ? error.message : String(error)]);
  }
  if (!response.ok) {
    throw new AppConfigError(`${url} answered HTTP ${response.status}.`, [
      'The server that hosts this app must serve its runtime configuration there.',
    ]);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new AppConfigError(`${url} is not valid JSON.`, []);
  }
  const parsed = AppConfigSchema.safeParse(body);
  if (!parsed.success) {
    throw new AppConfigError(
      `${url} is not a valid configuration.`,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

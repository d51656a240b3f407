import { z } from 'zod';

const OnOff = z.enum(['on', 'off']);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SIM_CONTROL: OnOff.default('on'),
  SIM_CONTROL_PUBLIC: OnOff.default('off'),
  /** What to seed into an empty database at start: the demo partner, or nothing. */
  SEED: z.enum(['demo', 'none']).default('demo'),
  /** When set, the SPA is told to talk to this real Webex API base URL instead of the simulator. */
  WEBEX_API_BASE: z.string().url().optional(),
  /** How often (real milliseconds) the background worker looks for due async work. */
  JOB_POLL_MS: z.coerce.number().int().min(10).default(250),
  /** Where the built SPA lives; the simulator serves it with an SPA fallback. */
  STATIC_DIR: z.string().default('dist'),
  LOG_REQUESTS: OnOff.default('off'),
});

export type Config = z.infer<typeof EnvSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

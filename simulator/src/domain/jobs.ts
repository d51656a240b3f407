import type { Db, Queryable } from '../db/db';

export interface Job {
  id: number;
  tenant_id: string;
  kind: string;
  ref_id: string | null;
  payload: Record<string, unknown>;
  due_at: Date;
  attempts: number;
}

/**
 * A job's effect runs in the same transaction that claimed the job and marks it done, so
 * after a crash the job is either fully applied or still pending: never half-applied,
 * never applied twice. `now` is the tenant's simulated instant at which the job ran.
 */
/** Bounds the work one request may do; the background worker finishes the rest. */
const MAX_JOBS_PER_REQUEST = 10_000;

export type JobHandler = (tx: Queryable, job: Job, now: Date) => Promise<void>;

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Schedules work `delayMs` after `now` on the tenant's clock. */
  async schedule(
    tx: Queryable,
    job: { tenantId: string; kind: string; refId?: string; payload?: Record<string, unknown>; dueAt: Date },
  ): Promise<void> {
    await tx.query('INSERT INTO jobs (tenant_id, kind, ref_id, payload, due_at) VALUES ($1, $2, $3, $4, $5)', [
      job.tenantId,
      job.kind,
      job.refId ?? null,
      JSON.stringify(job.payload ?? {}),
      job.dueAt,
    ]);
  }

  /**
   * Runs every job of one tenant that is due at `now` (simulated). Called before each
   * tenant-scoped request, so that a PT0S delay is finished by the next read and a clock
   * advance completes due work before it answers.
   */
  async runDueForTenant(tenantId: string, now: Date): Promise<number> {
    let count = 0;
    // No SKIP LOCKED here: when the background worker holds a due job, the request waits for
    // it to commit, so the answer that follows never shows the state from before the job.
    while (count < MAX_JOBS_PER_REQUEST && (await this.hasDue(tenantId, now))) {
      await this.runOne(
        `SELECT * FROM jobs WHERE tenant_id = $1 AND status = 'pending' AND due_at <= $2
         ORDER BY due_at, id LIMIT 1 FOR UPDATE`,
        [tenantId, now],
        () => now,
      );
      count += 1;
    }
    return count;
  }

  /** Cheap check used on the request path: is anything due for this tenant? */
  async hasDue(tenantId: string, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM jobs WHERE tenant_id = $1 AND status = 'pending' AND due_at <= $2 LIMIT 1`,
      [tenantId, now],
    );
    return rows.length > 0;
  }

  /** Runs due jobs of every tenant (each tenant's own clock decides what is due). */
  async runDueAll(): Promise<number> {
    let count = 0;
    for (;;) {
      const realNow = Date.now();
      const ran = await this.runOne(
        `SELECT j.*, t.clock_offset_ms FROM jobs j JOIN tenants t ON t.id = j.tenant_id
         WHERE j.status = 'pending'
           AND j.due_at <= to_timestamp(($1::bigint + t.clock_offset_ms) / 1000.0)
         ORDER BY j.due_at, j.id LIMIT 1 FOR UPDATE OF j SKIP LOCKED`,
        [realNow],
        (job) => new Date(realNow + Number((job as Job & { clock_offset_ms: number }).clock_offset_ms)),
      );
      if (!ran) return count;
      count += 1;
    }
  }

  private async runOne(sql: string, params: unknown[], nowOf: (job: Job) => Date): Promise<boolean> {
    let claimed: Job | undefined;
    try {
      return await this.db.transaction(async (tx) => {
        const [job] = await tx.query<Job>(sql, params);
        if (!job) return false;
        claimed = job;
        const handler = this.handlers.get(job.kind);
        if (!handler) throw new Error(`No handler registered for job kind "${job.kind}"`);
        await handler(tx, job, nowOf(job));
        await tx.query(`UPDATE jobs SET status = 'done', done_at = now(), attempts = attempts + 1 WHERE id = $1`, [
          job.id,
        ]);
        return true;
      });
    } catch (error) {
      if (!claimed) throw error;
      // The failed attempt rolled back; record it outside that transaction and park the job
      // after a few tries so one poisoned job cannot stall the queue.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[jobs] ${claimed.kind} job ${claimed.id} failed:`, message);
      await this.db.query(
        `UPDATE jobs SET attempts = attempts + 1, last_error = $1,
           status = CASE WHEN attempts + 1 >= 5 THEN 'failed' ELSE status END
         WHERE id = $2`,
        [message, claimed.id],
      );
      return true;
    }
  }

  start(intervalMs: number): void {
    const tick = () => {
      this.running ??= this.runDueAll()
        .then(() => undefined)
        .catch((e: unknown) => console.error('[jobs]', e))
        .finally(() => {
          this.running = null;
        });
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

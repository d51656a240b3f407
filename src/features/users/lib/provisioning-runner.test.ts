// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProvisioningRunner } from './provisioning-runner';
import type { ProvisioningRunnerOptions } from './provisioning-state';

/** Shaped like the app's ApiError: status, retryAfter (seconds), items with the Webex description. */
class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: number | null = null,
    readonly errorCode: number | null = null,
    readonly items: { description: string }[] = [],
  ) {
    super(`HTTP ${status}`);
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A server whose answers the test hands out one request at a time. */
function controlledServer() {
  const calls: { input: string; answer: Deferred<string> }[] = [];
  let active = 0;
  let maxActive = 0;
  const run = vi.fn((input: string) => {
    const answer = deferred<string>();
    active++;
    maxActive = Math.max(maxActive, active);
    calls.push({ input, answer });
    return answer.promise.finally(() => active--);
  });
  return {
    run,
    calls,
    get maxActive() {
      return maxActive;
    },
    /** Answers the oldest unanswered request of `input` (or the oldest of all). */
    answer(outcome: { ok: string } | { error: unknown }, input?: string) {
      const index = calls.findIndex((c) => input === undefined || c.input === input);
      const call = calls.splice(index, 1)[0];
      if (!call) throw new Error(`no open request${input ? ` for ${input}` : ''}`);
      if ('ok' in outcome) call.answer.resolve(outcome.ok);
      else call.answer.reject(outcome.error);
    },
  };
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `u${i}`, input: `u${i}@example.com` }));
const flush = () => vi.advanceTimersByTimeAsync(0);

afterEach(() => {
  vi.useRealTimers();
});

describe('ProvisioningRunner', () => {
  it('never has more than `concurrency` requests in flight and sends each row exactly once', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(10), { run: server.run, concurrency: 3 });
    const finished = runner.start();
    await flush();
    expect(server.calls).toHaveLength(3);
    while (server.calls.length > 0) {
      server.answer({ ok: 'created' }, server.calls[server.calls.length - 1]?.input);
      await flush();
      expect(server.calls.length).toBeLessThanOrEqual(3);
    }
    const progress = await finished;
    expect(progress).toMatchObject({ total: 10, done: 10, failed: 0, pending: 0, running: 0, idle: true });
    expect(server.maxActive).toBe(3);
    expect(server.run).toHaveBeenCalledTimes(10);
    expect(new Set(server.run.mock.calls.map(([input]) => input)).size).toBe(10);
  });

  it('after a 429 starts nothing new until Retry-After has passed, then sends the row again', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(3), { run: server.run, concurrency: 2 });
    const finished = runner.start();
    await flush();
    server.answer({ error: new FakeApiError(429, 7) }, 'u0@example.com');
    await flush();
    expect(runner.progress().waitingUntil).toBe(Date.now() + 7000);
    expect(server.run).toHaveBeenCalledTimes(2); // u0 and u1; u2 and the retry of u0 wait
    await vi.advanceTimersByTimeAsync(6999);
    expect(server.run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.run).toHaveBeenCalledTimes(3);
    expect(server.run.mock.calls[2]?.[0]).toBe('u0@example.com');
    server.answer({ ok: 'a' }, 'u0@example.com');
    server.answer({ ok: 'b' }, 'u1@example.com');
    await flush();
    server.answer({ ok: 'c' }, 'u2@example.com');
    expect(await finished).toMatchObject({ done: 3, failed: 0 });
    expect(runner.row('u0')).toMatchObject({ status: 'done', attempts: 2, result: 'a', error: null });
  });

  it('caps Retry-After, uses a default when it is missing, and gives up after maxAttempts throttled answers', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(1), {
      run: server.run,
      maxAttempts: 3,
      maxRetryAfterSeconds: 30,
      defaultRetryAfterSeconds: 4,
    });
    const finished = runner.start();
    await flush();
    server.answer({ error: new FakeApiError(429, 3600) });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(server.run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.run).toHaveBeenCalledTimes(2);
    server.answer({ error: new FakeApiError(503) });
    await vi.advanceTimersByTimeAsync(3999);
    expect(server.run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.run).toHaveBeenCalledTimes(3);
    server.answer({ error: new FakeApiError(503, 1, 503, [{ description: 'Service busy' }]) });
    expect(await finished).toMatchObject({ done: 0, failed: 1 });
    expect(runner.row('u0')).toMatchObject({
      status: 'failed',
      attempts: 3,
      needsVerify: false,
      error: { status: 503, errorCode: 503, description: 'Service busy' },
    });
  });

  it('records a refusal with its status, code and description, and retryFailed re-sends only failed rows', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(3), { run: server.run });
    const finished = runner.start();
    await flush();
    server.answer({ ok: 'ok0' }, 'u0@example.com');
    server.answer(
      { error: new FakeApiError(409, null, 6801, [{ description: 'email is already a subscriber' }]) },
      'u1@example.com',
    );
    server.answer({ ok: 'ok2' }, 'u2@example.com');
    expect(await finished).toMatchObject({ done: 2, failed: 1 });
    expect(runner.row('u1')?.error).toEqual({
      status: 409,
      errorCode: 6801,
      description: 'email is already a subscriber',
    });

    const again = runner.retryFailed();
    await flush();
    expect(server.calls.map((c) => c.input)).toEqual(['u1@example.com']);
    server.answer({ ok: 'ok1' });
    expect(await again).toMatchObject({ done: 3, failed: 0 });
    expect(server.run.mock.calls.map(([input]) => input)).toEqual([
      'u0@example.com',
      'u1@example.com',
      'u2@example.com',
      'u1@example.com',
    ]);
    await runner.retryFailed();
    expect(server.run).toHaveBeenCalledTimes(4);
  });

  it('pauses: requests in flight finish, none start until resume', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(4), { run: server.run, concurrency: 2 });
    void runner.start();
    await flush();
    runner.pause();
    server.answer({ ok: 'a' });
    server.answer({ ok: 'b' });
    expect(await runner.whenIdle()).toMatchObject({ paused: true, done: 2, pending: 2, idle: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.run).toHaveBeenCalledTimes(2);
    const finished = runner.resume();
    await flush();
    expect(server.run).toHaveBeenCalledTimes(4);
    server.answer({ ok: 'c' });
    server.answer({ ok: 'd' });
    expect(await finished).toMatchObject({ paused: false, done: 4 });
  });

  it('resumes a saved run after a reload: rows that were in flight are verified, not blindly re-sent', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const first = ProvisioningRunner.create(rows(4), { run: server.run, concurrency: 2 });
    void first.start();
    await flush();
    server.answer({ ok: 'done-0' }, 'u0@example.com');
    await flush();
    // The page dies now: u1 and u2 are in flight, u3 has not started.
    const saved: unknown = JSON.parse(JSON.stringify(first.toJSON()));
    first.dispose();

    const second = controlledServer();
    const verify = vi.fn(async (input: string) => (input === 'u1@example.com' ? 'found-1' : null));
    const options: ProvisioningRunnerOptions<string, string> = { run: second.run, verify };
    const resumed = ProvisioningRunner.fromJSON<string, string>(saved, options);
    expect(resumed.progress()).toMatchObject({ done: 1, pending: 3, running: 0 });
    const finished = resumed.start();
    await flush();
    expect(verify.mock.calls.map(([input]) => input).sort()).toEqual(['u1@example.com', 'u2@example.com']);
    expect(second.calls.map((c) => c.input).sort()).toEqual(['u2@example.com', 'u3@example.com']);
    second.answer({ ok: 'done-2' }, 'u2@example.com');
    second.answer({ ok: 'done-3' }, 'u3@example.com');
    expect(await finished).toMatchObject({ done: 4, failed: 0 });
    expect(resumed.getSnapshot().rows.map((r) => r.result)).toEqual(['done-0', 'found-1', 'done-2', 'done-3']);
    expect(second.run).not.toHaveBeenCalledWith('u0@example.com', expect.anything());
    expect(second.run).not.toHaveBeenCalledWith('u1@example.com', expect.anything());
  });

  it('verifies before retrying a row whose request got no answer', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const verify = vi.fn(async () => 'it was created after all');
    const runner = ProvisioningRunner.create(rows(1), { run: server.run, verify });
    const finished = runner.start();
    await flush();
    server.answer({ error: new TypeError('Failed to fetch') });
    expect(await finished).toMatchObject({ failed: 1 });
    expect(runner.row('u0')).toMatchObject({ needsVerify: true, error: { status: 0, description: 'Failed to fetch' } });
    expect(await runner.retryFailed()).toMatchObject({ done: 1 });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(server.run).toHaveBeenCalledTimes(1);
  });

  it('without a verify hook, an interrupted row fails with an explanation and is sent only on an explicit retry', async () => {
    vi.useFakeTimers();
    const saved = {
      version: 1,
      rows: [{ key: 'u0', input: 'u0@example.com', status: 'running', attempts: 1, error: null, result: null }],
    };
    const server = controlledServer();
    const runner = ProvisioningRunner.fromJSON<string, string>(saved, { run: server.run });
    expect(await runner.start()).toMatchObject({ failed: 1 });
    expect(runner.row('u0')?.error).toMatchObject({ errorCode: 'INTERRUPTED' });
    expect(server.run).not.toHaveBeenCalled();
    const retried = runner.retryFailed();
    await flush();
    server.answer({ ok: 'sent' });
    expect(await retried).toMatchObject({ done: 1 });
  });

  it('announces every change to subscribers with a stable snapshot in between', async () => {
    vi.useFakeTimers();
    const server = controlledServer();
    const runner = ProvisioningRunner.create(rows(2), { run: server.run });
    const seen: string[] = [];
    runner.subscribe(() => {
      const { progress } = runner.getSnapshot();
      seen.push(`${progress.pending}/${progress.running}/${progress.done}`);
    });
    const snapshot = runner.getSnapshot();
    expect(runner.getSnapshot()).toBe(snapshot);
    const finished = runner.start();
    await flush();
    server.answer({ ok: 'a' });
    server.answer({ ok: 'b' });
    await finished;
    expect(seen[0]).toBe('2/0/0');
    expect(seen.at(-1)).toBe('0/0/2');
    expect(runner.getSnapshot()).not.toBe(snapshot);
  });

  it('refuses duplicate keys and unreadable saved state', () => {
    const run = vi.fn();
    expect(() =>
      ProvisioningRunner.create(
        [
          { key: 'a', input: 1 },
          { key: 'a', input: 2 },
        ],
        { run },
      ),
    ).toThrow(/key "a"/);
    expect(() => ProvisioningRunner.fromJSON({ version: 2, rows: [] }, { run })).toThrow(
      /Not a saved provisioning run/,
    );
    expect(() => ProvisioningRunner.fromJSON({ version: 1, rows: [{ key: 'a', status: 'weird' }] }, { run })).toThrow(
      /unknown status/,
    );
  });
});

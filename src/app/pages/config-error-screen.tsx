import { AppConfigError } from '@/shared/config/app-config';

/** Shown instead of the app when /app-config.json is missing or invalid: nothing else can work. */
export function ConfigErrorScreen({ error }: { error: unknown }) {
  const problems = error instanceof AppConfigError ? error.problems : [];
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div role="alert" className="max-w-xl rounded-lg border border-line bg-surface p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-fg">The app could not start</h1>
        <p className="mt-2 text-fg-muted">Its runtime configuration is missing or invalid. {message}</p>
        {problems.length > 0 ? (
          <ul className="mt-3 list-disc space-y-1 pl-5 font-mono text-[13px] text-fg">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <p className="mt-4 text-[13px] text-fg-muted">
          The server that hosts this app serves <code className="font-mono">/app-config.json</code>; check its
          environment (for the bundled simulator: <code className="font-mono">WEBEX_API_BASE</code>) and reload.
        </p>
      </div>
    </main>
  );
}

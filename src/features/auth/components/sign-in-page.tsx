import { lazy, Suspense, useState } from 'react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { CircleCheck, Info, TriangleExclamationPoint } from 'lucide-react';
import clsx from 'clsx';
import type { Credentials } from '@/shared/session/credentials';
import { ThemeMenu } from '@/shared/theme/theme-menu';
import { PersonaPicker } from './persona-picker';
import { Skeleton } from '@/shared/ui/skeleton';

const route = getRouteApi('/sign-in');

// Most sign-ins pick a persona; the token form (and react-hook-form) loads when asked for.
const TokenSignInForm = lazy(() => import('./token-sign-in-form').then((m) => ({ default: m.TokenSignInForm })));

const NOTICES = {
  expired: {
    icon: TriangleExclamationPoint,
    tone: 'bg-warning-soft text-warning-soft-fg',
    text: 'Your session has expired. Sign in again to continue.',
  },
  'signed-out': { icon: Info, tone: 'bg-info-soft text-info-soft-fg', text: 'You have signed out.' },
} as const;

const HIGHLIGHTS = [
  'Onboard customers in minutes with onboarding templates',
  'Assign Webex Calling, Meetings and Suite packages per user',
  'Reconcile your monthly invoice with billing reports',
];

/** `/o/<orgId>/…` → orgId: the organisation the admin was working in before signing in again. */
function orgOfPath(path: string | undefined): string | undefined {
  const id = path && /^\/o\/([^/?#]+)/.exec(path)?.[1];
  return id ? decodeURIComponent(id) : undefined;
}

export function SignInPage() {
  const { config, credentials, queryClient } = route.useRouteContext();
  const search = route.useSearch();
  const router = useRouter();
  const personas = config.simControlUrl !== null;
  const [mode, setMode] = useState<'persona' | 'token'>(personas ? 'persona' : 'token');
  const notice = search.reason ? NOTICES[search.reason] : null;

  function complete(next: Credentials, orgId: string) {
    queryClient.clear();
    credentials.set(next);
    if (search.redirect) void router.navigate({ href: search.redirect });
    else void router.navigate({ to: '/o/$orgId/overview', params: { orgId } });
  }

  return (
    <div className="grid min-h-screen lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <aside className="relative hidden flex-col justify-between overflow-hidden bg-gradient-to-br from-[#0f6cbd] to-[#0a3d6e] p-12 text-white lg:flex dark:from-[#0b4f8c] dark:to-[#06213b]">
        <div className="flex items-center gap-3">
          <img src="/favicon.svg" alt="" className="size-9 rounded-lg ring-1 ring-white/30" />
          <span className="text-lg font-semibold">Wholesale Partner Hub</span>
        </div>
        <div className="max-w-md">
          <p className="text-3xl leading-tight font-semibold">Run your Webex Wholesale business from one place.</p>
          <ul className="mt-8 flex flex-col gap-3 text-[15px] text-white/90">
            {HIGHLIGHTS.map((h) => (
              <li key={h} className="flex items-start gap-2.5">
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-white/80" />
                {h}
              </li>
            ))}
          </ul>
        </div>
        <p className="text-[13px] text-white/80">
          Connected to {config.backend === 'simulator' ? 'the bundled Wholesale API simulator' : 'the Webex API'}
        </p>
        <div aria-hidden="true" className="absolute -right-24 -bottom-24 size-96 rounded-full bg-white/5" />
        <div aria-hidden="true" className="absolute -top-32 -right-10 size-72 rounded-full bg-white/5" />
      </aside>

      <main id="main" className="relative flex items-center justify-center px-6 py-12">
        <div className="absolute top-4 right-4">
          <ThemeMenu />
        </div>
        <div className="w-full max-w-md">
          <img src="/favicon.svg" alt="" className="mb-6 size-10 lg:hidden" />
          <h1 className="text-2xl font-semibold tracking-tight text-fg">Sign in</h1>
          <p className="mt-1.5 text-fg-muted">
            {mode === 'persona'
              ? 'Choose a simulated partner and who you are in it.'
              : config.backend === 'webex'
                ? 'Use an access token of a Webex partner administrator.'
                : 'Use an access token issued by the simulator.'}
          </p>

          {notice ? (
            <p
              role="status"
              className={clsx('mt-5 flex items-center gap-2 rounded-md px-3 py-2 text-[13px]', notice.tone)}
            >
              <notice.icon aria-hidden="true" className="size-4 shrink-0" />
              {notice.text}
            </p>
          ) : null}

          {personas ? (
            <div
              className="mt-6 grid grid-cols-2 gap-1 rounded-lg bg-surface-hover p-1"
              role="group"
              aria-label="Sign-in method"
            >
              {(['persona', 'token'] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  aria-pressed={mode === m}
                  onClick={() => setMode(m)}
                  className={clsx(
                    'h-8 rounded-md text-[13px] font-medium transition-colors',
                    mode === m ? 'bg-surface text-fg shadow-sm' : 'text-fg-muted hover:text-fg',
                  )}
                >
                  {m === 'persona' ? 'Choose a persona' : 'Access token'}
                </button>
              ))}
            </div>
          ) : null}

          <div className="mt-4 rounded-xl border border-line bg-surface p-5 shadow-sm">
            {mode === 'persona' ? (
              <PersonaPicker
                preselectedTenant={search.tenant}
                returnToOrg={orgOfPath(search.redirect)}
                onSignedIn={(token, persona) =>
                  complete(
                    {
                      backend: config.backend,
                      apiBaseUrl: config.apiBaseUrl,
                      accessToken: token.accessToken,
                      grantedScopes: null,
                      deniedScopes: [],
                      orgId: persona.orgId,
                    },
                    persona.orgId,
                  )
                }
              />
            ) : (
              <Suspense fallback={<Skeleton className="h-40 w-full" />}>
                <TokenSignInForm config={config} onSignedIn={(next, session) => complete(next, session.org.id)} />
              </Suspense>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}

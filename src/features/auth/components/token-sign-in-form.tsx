import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { ALL_SCOPES } from '@contract/scopes';
import { isApiError } from '@/shared/api/api-error';
import { createApiClient } from '@/shared/api/client';
import { fetchSession, type SessionInfo } from '@/shared/api/session';
import type { AppConfig } from '@/shared/config/app-config';
import type { Credentials } from '@/shared/session/credentials';
import { Button } from '@/shared/ui/button';
import { Checkbox } from '@/shared/ui/checkbox';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';

const isApiUrl = (value: string) =>
  /^https:\/\/\S+$/i.test(value) ||
  /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/i.test(value) ||
  value.startsWith('/');

const TokenForm = z.object({
  apiBaseUrl: z.string().check(z.trim(), z.refine(isApiUrl, 'Enter an https:// URL such as https://webexapis.com/v1')),
  accessToken: z.string().check(
    z.trim(),
    z.minLength(1, 'Paste the access token'),
    z.refine((value) => !/\s/.test(value), 'An access token has no spaces; paste only the token, without "Bearer"'),
  ),
  scopes: z.array(z.string()),
});
type TokenFormValues = z.infer<typeof TokenForm>;

export interface TokenSignInFormProps {
  config: AppConfig;
  onSignedIn: (credentials: Credentials, session: SessionInfo) => void;
}

/**
 * Sign in with a pasted access token. Against the real API the admin says which scopes the
 * token carries (the API cannot be asked); a 403 later marks a scope missing anyway.
 * The token is checked before it is stored, and never logged.
 */
export function TokenSignInForm({ config, onSignedIn }: TokenSignInFormProps) {
  const realApi = config.backend === 'webex';
  const form = useForm<TokenFormValues>({
    resolver: zodResolver(TokenForm),
    defaultValues: { apiBaseUrl: config.apiBaseUrl, accessToken: '', scopes: [...ALL_SCOPES] },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: TokenFormValues) {
    const probe = createApiClient({
      baseUrls: () => ({ api: values.apiBaseUrl, hub: config.hubBaseUrl, sim: config.simControlUrl }),
      getToken: () => values.accessToken,
      retry: { maxAttempts: 1 },
    });
    try {
      const session = await fetchSession(probe);
      onSignedIn(
        {
          backend: config.backend,
          apiBaseUrl: values.apiBaseUrl,
          accessToken: values.accessToken,
          grantedScopes: realApi ? values.scopes : null,
          deniedScopes: [],
          orgId: session.org.id,
        },
        session,
      );
    } catch (error) {
      if (isApiError(error) && (error.status === 401 || error.status === 403)) {
        form.setError('accessToken', { message: `The token was refused: ${error.message}` });
      } else if (isApiError(error) && error.kind === 'network') {
        form.setError('apiBaseUrl', { message: error.message });
      } else {
        form.setError('root', { message: error instanceof Error ? error.message : 'Sign-in failed.' });
      }
    }
  }

  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(submit)(e)} className="flex flex-col gap-4">
      {realApi ? (
        <Field
          label="API base URL"
          hint="The Webex API, usually https://webexapis.com/v1."
          error={errors.apiBaseUrl?.message}
          required
        >
          <Input type="url" autoComplete="url" {...form.register('apiBaseUrl')} />
        </Field>
      ) : null}
      <Field
        label="Access token"
        hint="A partner administrator’s access token. It stays in this browser and is never logged."
        error={errors.accessToken?.message}
        required
      >
        <Input type="password" autoComplete="off" spellCheck={false} {...form.register('accessToken')} />
      </Field>
      {realApi ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-[13px] font-medium text-fg">Scopes this token has</legend>
          <p className="-mt-1 mb-1 text-xs text-fg-muted">Controls what the app offers; the API still decides.</p>
          {ALL_SCOPES.map((scope) => (
            <Checkbox
              key={scope}
              value={scope}
              label={<span className="font-mono text-xs">{scope}</span>}
              {...form.register('scopes')}
            />
          ))}
        </fieldset>
      ) : null}
      {errors.root?.message ? (
        <p role="alert" className="text-[13px] font-medium text-danger">
          {errors.root.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" loading={isSubmitting} className="w-full">
        Sign in
      </Button>
    </form>
  );
}

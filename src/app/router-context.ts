import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/shared/api/client';
import type { AppConfig } from '@/shared/config/app-config';
import type { CredentialsStore } from '@/shared/session/credentials';

/** What every route's beforeLoad/loader receives: the app's services, created once at boot. */
export interface RouterContext {
  config: AppConfig;
  queryClient: QueryClient;
  client: ApiClient;
  credentials: CredentialsStore;
}

import type { UseMutationOptions } from '@tanstack/react-query';
import type { ApiError } from './api-error';

/**
 * What a mutation hook accepts from its caller: everything but the mutation function.
 * Hooks merge the caller's `onSuccess` after their own cache invalidation, so a screen can
 * navigate or toast without re-implementing what the resource module knows must refresh.
 */
export type MutationConfig<TData, TVariables> = Omit<UseMutationOptions<TData, ApiError, TVariables>, 'mutationFn'>;

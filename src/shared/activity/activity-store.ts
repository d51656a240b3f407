import { useSyncExternalStore } from 'react';

/**
 * Long-running work the admin started and may navigate away from (customer provisioning,
 * report generation). Features register an entry while it runs; the top bar shows them.
 */
export interface Activity {
  id: string;
  label: string;
  /** Where to follow it, e.g. the customer's page. */
  href?: string;
}

const listeners = new Set<() => void>();
let activities: readonly Activity[] = [];

function emit() {
  for (const listener of listeners) listener();
}

/** Adds (or replaces, by id) an entry; returns the function that removes it. */
export function startActivity(activity: Activity): () => void {
  activities = [...activities.filter((a) => a.id !== activity.id), activity];
  emit();
  return () => endActivity(activity.id);
}

export function endActivity(id: string): void {
  if (!activities.some((a) => a.id === id)) return;
  activities = activities.filter((a) => a.id !== id);
  emit();
}

export function useActivities(): readonly Activity[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => activities,
    () => activities,
  );
}

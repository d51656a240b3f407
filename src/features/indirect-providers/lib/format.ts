/**
 * A calendar date in the admin's locale ("21 Nov 2026"). Billing start dates count in UTC
 * days (billing days are UTC calendar days), so every date here is shown in UTC.
 */
export function formatDay(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** "…3NjYzg0": the end of an encoded org ID (they all begin alike); the full ID is one copy away. */
export function idTail(id: string, length = 10): string {
  return id.length > length + 1 ? `…${id.slice(-length)}` : id;
}

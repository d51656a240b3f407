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

/** "Y2lzY2…WU0NGI": an encoded org ID shortened for a table cell (the full ID is one copy away). */
export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 6)}…${id.slice(-6)}` : id;
}

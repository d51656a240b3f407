const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const INSTANT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2026"; an absent or unreadable value reads as a dash. */
export function formatDay(iso: string | undefined | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DAY.format(date) : '—';
}

export function formatInstant(iso: string | undefined | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? INSTANT.format(date) : '—';
}

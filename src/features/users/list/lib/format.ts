const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "21 Nov 2026, 14:05" in the admin's locale; an em dash when the API gave nothing usable. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "21 Nov 2026": the table's compact form (the full instant is its tooltip). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

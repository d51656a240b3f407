/** How reports read on screen and in file names. */
import type { ListReport } from '@contract/wholesale';

export const TYPE_LABELS: Readonly<Record<string, string>> = {
  PARTNER: 'Partner',
  CUSTOMER: 'Customer',
  USER: 'User',
};

export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  RECONCILIATION: 'Reconciliation',
  POINT_IN_TIME: 'Point in time',
};

export const typeLabel = (type: string | undefined) => (type ? (TYPE_LABELS[type] ?? type) : '—');
export const categoryLabel = (category: string) => CATEGORY_LABELS[category] ?? category;

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A YYYY-MM-DD billing day (a UTC day) for people: "1 Oct 2026". */
export function formatDay(day: string | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day ?? '—';
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

export function formatInstant(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : INSTANT.format(date);
}

/** A reconciliation covers a period; a point-in-time report is a snapshot of one day. */
export function periodLabel(report: Pick<ListReport, 'category' | 'billingStartDate' | 'billingEndDate'>): string {
  if (report.category === 'POINT_IN_TIME') return `Snapshot, ${formatDay(report.billingStartDate)}`;
  return `${formatDay(report.billingStartDate)} – ${formatDay(report.billingEndDate)}`;
}

/** Why a report cannot be deleted now, or null (the API refuses both cases). */
export function deleteBlockedReason(report: Pick<ListReport, 'status'>): string | null {
  if (report.status === 'IN_PROGRESS') return 'It is still being generated; it can be deleted once it is completed.';
  if (report.status === 'FAILED')
    return 'Failed reports are kept and cannot be deleted; they do not block a new report for the same period.';
  return null;
}

export function reportFileName(report: Pick<ListReport, 'type' | 'category' | 'billingStartDate' | 'billingEndDate'>) {
  const type = (report.type ?? 'report').toLowerCase();
  const period =
    report.category === 'POINT_IN_TIME'
      ? `snapshot-${report.billingStartDate ?? ''}`
      : `${report.billingStartDate ?? ''}_${report.billingEndDate ?? ''}`;
  return `billing-${type}-${period}.csv`;
}

/** The admin's own reports read "you"; others by the start of their person ID (the API gives no name). */
export function createdByLabel(createdBy: string | undefined, me: string): string {
  if (!createdBy) return '—';
  if (createdBy === me) return 'you';
  return createdBy.length > 14 ? `…${createdBy.slice(-10)}` : createdBy;
}

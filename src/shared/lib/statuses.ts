import type { BadgeTone } from '../ui/badge';

export type StatusKind = 'customer' | 'subscriber' | 'report' | 'sub-partner' | 'package';

interface StatusStyle {
  label: string;
  tone: BadgeTone;
}

/**
 * Every status vocabulary the API uses, with a label and a tone. The API only ever adds
 * values (quirk Q10): anything not listed renders as-is, in neutral, never as an error.
 */
const STATUSES: Record<StatusKind, Record<string, StatusStyle>> = {
  customer: {
    provisioned: { label: 'Provisioned', tone: 'success' },
    provisioned_with_errors: { label: 'Provisioned with errors', tone: 'warning' },
    provisioning: { label: 'Provisioning', tone: 'info' },
    updating: { label: 'Updating', tone: 'info' },
    deleting: { label: 'Deleting', tone: 'neutral' },
    error: { label: 'Error', tone: 'danger' },
    pending_rpl_review: { label: 'Pending compliance review', tone: 'warning' },
  },
  subscriber: {
    provisioned: { label: 'Provisioned', tone: 'success' },
    pending_user_migration: { label: 'Pending user migration', tone: 'warning' },
    provisioning: { label: 'Provisioning', tone: 'info' },
    error: { label: 'Error', tone: 'danger' },
  },
  report: {
    IN_PROGRESS: { label: 'In progress', tone: 'info' },
    COMPLETED: { label: 'Completed', tone: 'success' },
    FAILED: { label: 'Failed', tone: 'danger' },
  },
  'sub-partner': {
    active: { label: 'Active', tone: 'success' },
    suspended: { label: 'Suspended', tone: 'warning' },
  },
  package: {
    provisioned: { label: 'Provisioned', tone: 'success' },
    provisioning: { label: 'Provisioning', tone: 'info' },
    deleting: { label: 'Deleting', tone: 'neutral' },
    error: { label: 'Error', tone: 'danger' },
  },
};

export function statusStyle(kind: StatusKind, value: string): StatusStyle {
  return STATUSES[kind][value] ?? { label: value, tone: 'neutral' };
}

/** Known values in display order (for charts and filters); unknown ones are appended by callers. */
export function knownStatuses(kind: StatusKind): string[] {
  return Object.keys(STATUSES[kind]);
}

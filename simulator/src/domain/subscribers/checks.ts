/** Subscriber rules that read the database. Each throws the refusal the API answers. */
import { ERROR_CODES } from '@contract/error-codes';
import type { Queryable } from '../../db/db';
import { type ApiError, refuse } from '../../http/errors';
import { type SubscriberCustomer, limitFor } from './customer';
import type { PackageField } from './rules';

/** The spec's own wording for error 10022. */
export const EMAIL_TAKEN_DESCRIPTION = 'The email is already associated with an existing user.';

export function emailTaken(field = 'email') {
  return refuse(ERROR_CODES.EMAIL_ALREADY_EXISTS, EMAIL_TAKEN_DESCRIPTION, field);
}

/** An e-mail identifies one Webex user across every partner, so any subscriber holding it conflicts. */
export async function assertEmailFree(q: Queryable, email: string, field = 'email'): Promise<void> {
  const rows = await q.query('SELECT 1 FROM subscribers WHERE lower(email) = lower($1) LIMIT 1', [email]);
  if (rows.length) throw emailTaken(field);
}

export function assertNotOtherPartnersUser(kind: string | null, email: string, field = 'email'): void {
  if (kind === 'other_partner') {
    throw refuse(
      ERROR_CODES.SUBSCRIBER_BELONGS_TO_OTHER_PARTNER,
      `${field}: ${email} is a user managed by another Webex partner; that partner must release the user before you can provision it.`,
      field,
    );
  }
}

/** Primary numbers and extensions are unique within a customer (one dial plan per org). */
export async function assertNumbersFree(
  q: Queryable,
  customerId: string,
  numbers: { phone: string | null; extension: string | null },
  exceptSubscriberId: string | null = null,
): Promise<void> {
  if (numbers.phone) {
    const rows = await q.query(
      `SELECT 1 FROM subscribers WHERE customer_id = $1 AND primary_phone_number = $2
          AND ($3::text IS NULL OR id <> $3) LIMIT 1`,
      [customerId, numbers.phone, exceptSubscriberId],
    );
    if (rows.length) throw phoneTaken(numbers.phone);
  }
  if (numbers.extension) {
    const rows = await q.query(
      `SELECT 1 FROM subscribers WHERE customer_id = $1 AND extension = $2
          AND ($3::text IS NULL OR id <> $3) LIMIT 1`,
      [customerId, numbers.extension, exceptSubscriberId],
    );
    if (rows.length) throw extensionTaken(numbers.extension);
  }
}

export function phoneTaken(phone: string | null) {
  return refuse(
    ERROR_CODES.DUPLICATE_PHONE_NUMBER,
    `provisioningParameters.primaryPhoneNumber${phone ? ` ${phone}` : ''} is already the number of another user of this customer; choose a different number.`,
    'provisioningParameters.primaryPhoneNumber',
  );
}

export function extensionTaken(extension: string | null) {
  return refuse(
    ERROR_CODES.DUPLICATE_EXTENSION,
    `provisioningParameters.extension${extension ? ` ${extension}` : ''} is already the extension of another user of this customer; choose a different extension.`,
    'provisioningParameters.extension',
  );
}

/**
 * provisioningParameters.packages.limits caps how many users of the customer may hold a
 * package. Pending subscribers count: they get the package as soon as they consent.
 */
export async function assertWithinLimit(
  q: Queryable,
  customer: SubscriberCustomer,
  pkg: string,
  field: PackageField,
): Promise<void> {
  const limit = limitFor(customer, pkg);
  if (limit === undefined) return;
  const [row] = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM subscribers WHERE customer_id = $1 AND package = $2',
    [customer.id, pkg],
  );
  const used = row?.n ?? 0;
  if (used >= limit) {
    throw refuse(
      ERROR_CODES.PACKAGE_LIMIT_EXCEEDED,
      `${field}: customer ${customer.id} already has ${used} of its ${limit} allowed ${pkg} assignments (provisioningParameters.packages.limits.${pkg} = ${limit}); raise the limit on the customer or free an assignment.`,
      field,
    );
  }
}

/**
 * The unique indexes decide races the checks above cannot see (two requests for one e-mail
 * at once): the loser's insert fails and gets the same answer as a sequential duplicate.
 */
export function uniqueViolationRefusal(error: unknown): ApiError | null {
  if (!error || typeof error !== 'object') return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code !== '23505') return null;
  if (constraint === 'subscribers_email_uq') return emailTaken();
  if (constraint === 'subscribers_phone_uq') return phoneTaken(null);
  if (constraint === 'subscribers_ext_uq') return extensionTaken(null);
  return null;
}

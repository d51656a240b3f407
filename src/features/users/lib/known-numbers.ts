/**
 * Phone numbers and extensions this browser gave the customer's users. The Wholesale API
 * never answers a subscriber's numbers, so this record (plus the server's own 409 at
 * creation) is what lets the wizard and the import flag a number the customer already
 * uses before anything is sent.
 */
import type { RunInput } from './run-registry';

export interface KnownNumbers {
  phoneNumbers: string[];
  extensions: string[];
}

const keyOf = (orgId: string, customerId: string) => `wph.users.known-numbers.v1.${orgId}.${customerId}`;

export function loadKnownNumbers(orgId: string, customerId: string): KnownNumbers {
  try {
    const raw = JSON.parse(localStorage.getItem(keyOf(orgId, customerId)) ?? 'null') as Partial<KnownNumbers> | null;
    return {
      phoneNumbers: Array.isArray(raw?.phoneNumbers) ? raw.phoneNumbers.filter((v) => typeof v === 'string') : [],
      extensions: Array.isArray(raw?.extensions) ? raw.extensions.filter((v) => typeof v === 'string') : [],
    };
  } catch {
    return { phoneNumbers: [], extensions: [] };
  }
}

/** Records the numbers of users that were created. */
export function rememberNumbers(orgId: string, customerId: string, users: readonly RunInput[]): void {
  const known = loadKnownNumbers(orgId, customerId);
  const phones = new Set(known.phoneNumbers);
  const extensions = new Set(known.extensions);
  for (const user of users) {
    if (user.primaryPhoneNumber) phones.add(user.primaryPhoneNumber);
    if (user.extension) extensions.add(user.extension);
  }
  try {
    localStorage.setItem(
      keyOf(orgId, customerId),
      JSON.stringify({ phoneNumbers: [...phones], extensions: [...extensions] }),
    );
  } catch {
    // Storage full or blocked: the server's 409 still catches a reused number.
  }
}

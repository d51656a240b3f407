/**
 * Webex resource IDs are base64url (unpadded) encodings of `ciscospark://us/<TYPE>/<uuid>`.
 * The simulator mints IDs the same way so that clients that decode IDs (as Cisco's own
 * SDKs do) behave identically against the simulator and the real API.
 */
export type IdType =
  | 'ENTERPRISE'
  | 'ORGANIZATION'
  | 'SUBSCRIBER'
  | 'PEOPLE'
  | 'BILLING_REPORT'
  | 'LOCATION'
  | 'LICENSE'
  | 'SUBSCRIPTION'
  | 'ONBOARDING_TEMPLATE'
  | 'WORKSPACE';

const PREFIX = 'ciscospark://us/';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return null;
  const normalized = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = normalized + '='.repeat((4 - (normalized.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeId(type: IdType | (string & {}), uuid: string): string {
  return toBase64Url(`${PREFIX}${type}/${uuid}`);
}

export function decodeId(id: string): { type: string; uuid: string } | null {
  const text = fromBase64Url(id);
  if (!text || !text.startsWith(PREFIX)) return null;
  const rest = text.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  return { type: rest.slice(0, slash), uuid: rest.slice(slash + 1) };
}

/** Provisioning IDs are base64 of a bare UUID, not a ciscospark URI (see the API notes). */
export function encodeProvisioningId(uuid: string): string {
  return toBase64Url(uuid);
}

export function decodeProvisioningId(id: string): string | null {
  const text = fromBase64Url(id);
  return text && /^[0-9a-f-]{36}$/i.test(text) ? text : null;
}

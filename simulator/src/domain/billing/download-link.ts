/**
 * Pre-signed download links, like the CDN URLs of the real `tempDownloadURL`: usable without
 * a bearer token, valid for 30 minutes of the tenant's simulated clock. Each report signs
 * with its own secret, so deleting the report (and its secret) revokes every link at once.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_LINK_LIFETIME_SECONDS = 30 * 60;

export function newDownloadSecret(): string {
  return randomBytes(32).toString('base64url');
}

function signature(reportId: string, expires: number, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${reportId}\n${expires}`).digest();
}

/** An absolute URL on this simulator, expiring 30 simulated minutes after `now`. */
export function downloadUrl(origin: string, reportId: string, secret: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_LIFETIME_SECONDS;
  const url = new URL(`/downloads/billing-reports/${encodeURIComponent(reportId)}.csv`, origin);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', signature(reportId, expires, secret).toString('base64url'));
  return url.toString();
}

/** Whether `given` is the signature of (reportId, expires); constant-time. */
export function signatureMatches(reportId: string, expires: number, secret: string, given: string): boolean {
  const expected = signature(reportId, expires, secret);
  const actual = Buffer.from(given, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_LINK_LIFETIME_SECONDS, downloadUrl, newDownloadSecret, signatureMatches } from './download-link';

describe('download links', () => {
  const secret = newDownloadSecret();
  const now = new Date('2026-03-01T10:00:00.000Z');
  const url = new URL(downloadUrl('http://127.0.0.1:8080', 'REPORT_A', secret, now));
  const expires = Number(url.searchParams.get('expires'));
  const signature = url.searchParams.get('signature') ?? '';

  it('points at this server and expires 30 minutes after `now`', () => {
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:8080/downloads/billing-reports/REPORT_A.csv');
    expect(expires).toBe(Date.parse('2026-03-01T10:30:00.000Z') / 1000);
    expect(DOWNLOAD_LINK_LIFETIME_SECONDS).toBe(1800);
  });

  it('accepts only its own report, expiry and secret', () => {
    expect(signatureMatches('REPORT_A', expires, secret, signature)).toBe(true);
    expect(signatureMatches('REPORT_B', expires, secret, signature)).toBe(false);
    expect(signatureMatches('REPORT_A', expires + 1, secret, signature)).toBe(false);
    expect(signatureMatches('REPORT_A', expires, newDownloadSecret(), signature)).toBe(false);
    expect(signatureMatches('REPORT_A', expires, secret, signature.slice(0, -2))).toBe(false);
    expect(signatureMatches('REPORT_A', expires, secret, '')).toBe(false);
  });
});

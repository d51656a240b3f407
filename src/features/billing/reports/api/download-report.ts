/**
 * Downloads a report's CSV. The link is fetched fresh right before (a `tempDownloadURL`
 * lives 30 minutes); a link that expired or was revoked in between (410, or 403 from a
 * CDN) is not a failure: the report is read again for a new link, up to three times.
 */
import type { OrgApi } from '@/shared/api/org-api';
import { freshDownloadUrl } from '@/shared/api/billing-reports';
import { saveFile } from '@/shared/lib/save-file';

const ATTEMPTS = 3;

export class ReportDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportDownloadError';
  }
}

/** The file behind a fresh link, or null when a CDN refuses a cross-origin read (CORS). */
async function fetchFile(url: string): Promise<Response | null> {
  try {
    return await fetch(url, { credentials: 'omit' });
  } catch {
    return null;
  }
}

export async function downloadReport(api: OrgApi, reportId: string, fileName: string): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const url = await freshDownloadUrl(api, reportId);
    if (!url) throw new ReportDownloadError('The report has no file yet: it is still being generated, or it failed.');
    const response = await fetchFile(url);
    if (response === null) {
      // A link the page may not read (another origin without CORS): let the browser fetch it.
      window.location.assign(url);
      return;
    }
    if (response.ok) {
      saveFile(await response.blob(), fileName);
      return;
    }
    if (response.status !== 410 && response.status !== 403) {
      throw new ReportDownloadError(`The download answered ${response.status} ${response.statusText}. Try again.`);
    }
  }
  throw new ReportDownloadError('Every fresh download link expired before it could be used. Try again.');
}

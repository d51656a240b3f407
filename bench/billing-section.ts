/** Section c: a USER reconciliation report over last month for the whole scale tenant, then its CSV download. */
import type { Target } from './api-section';
import { peakRssMiB } from './processes';
import type { Results } from './results';

const GENERATION_TARGET_SECONDS = 60;
const POLL_MS = 250;

/** First and last day (YYYY-MM-DD) of the calendar month before `now`'s, in UTC. */
export function lastMonth(now: Date): { start: string; end: string } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export async function billingSection(
  results: Results,
  target: Target,
  opts: { timeoutSeconds: number },
): Promise<void> {
  console.log('\n== c. billing: USER reconciliation report for last month');
  const api = `${target.sim.baseUrl}/v1/wholesale/billing/reports`;
  const headers = { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' };
  const probe = await fetch(api, { headers });
  await probe.arrayBuffer();
  if (probe.status === 404 || probe.status === 405) {
    results.note('billing', 'skipped: billing not implemented');
    return;
  }
  const settings = await fetch(`${target.sim.baseUrl}/_sim/tenants/${encodeURIComponent(target.orgId)}/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reportDelay: 'PT0S' }),
  });
  if (settings.status !== 200) throw new Error(`settings answered ${settings.status}: ${await settings.text()}`);
  const clock = (await (
    await fetch(`${target.sim.baseUrl}/_sim/tenants/${encodeURIComponent(target.orgId)}/clock`)
  ).json()) as { now: string };
  const period = lastMonth(new Date(clock.now));
  // A data dir reused from an earlier run may hold this report already (a create would be 409).
  const earlier = (await (
    await fetch(`${api}?billingStartDate=${period.start}&billingEndDate=${period.end}&type=USER`, { headers })
  ).json()) as { items?: { id: string }[] };
  for (const old of earlier.items ?? []) {
    const gone = await fetch(`${api}/${encodeURIComponent(old.id)}`, { method: 'DELETE', headers });
    await gone.arrayBuffer();
    console.log(`  deleted the earlier run's report (${gone.status})`);
  }
  const rssBefore = peakRssMiB(target.sim.process.pid);

  const t0 = performance.now();
  const created = await fetch(api, {
    method: 'POST',
    headers,
    body: JSON.stringify({ billingStartDate: period.start, billingEndDate: period.end, type: 'USER' }),
  });
  const report = (await created.json()) as { id?: string };
  if (created.status >= 300 || !report.id)
    throw new Error(`create report answered ${created.status}: ${JSON.stringify(report)}`);
  let status = '';
  let downloadUrl = '';
  let failedPolls = 0;
  while (performance.now() - t0 < opts.timeoutSeconds * 1000) {
    let got: { status?: string; tempDownloadURL?: string };
    try {
      got = (await (await fetch(`${api}/${encodeURIComponent(report.id)}`, { headers })).json()) as typeof got;
    } catch (error) {
      // PGlite generates in the simulator's own thread, which answers nothing meanwhile; a
      // poll on a connection that closed during that pause fails. Said, then polled again:
      // a dead simulator fails every poll until the timeout.
      failedPolls += 1;
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      console.log(`  poll failed (${error instanceof Error ? error.message : String(error)}${cause}); polling again`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    status = got.status ?? '';
    downloadUrl = got.tempDownloadURL ?? '';
    if (status !== 'IN_PROGRESS') break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const generation = (performance.now() - t0) / 1000;
  if (failedPolls > 0) results.note('billing', `${failedPolls} status poll(s) failed while the report generated`);
  if (status !== 'COMPLETED' || !downloadUrl) {
    results.note('billing', `report ${report.id} is ${status || 'unknown'} after ${generation.toFixed(0)} s`);
    return;
  }
  console.log(`  ${period.start}..${period.end}: COMPLETED in ${generation.toFixed(1)} s`);
  results.add({
    section: 'billing',
    name: 'USER report generation, 1M subscribers',
    value: generation,
    unit: 's',
    targetBelow: GENERATION_TARGET_SECONDS,
  });

  // Peak RSS never falls: read it between generation (PGlite's heap grows for the grouping)
  // and download, so the download's own share shows apart from the report's.
  const rssGenerated = peakRssMiB(target.sim.process.pid);
  const d0 = performance.now();
  const download = await fetch(downloadUrl);
  if (!download.ok || !download.body) throw new Error(`download answered ${download.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of download.body) {
    const data = chunk as Uint8Array;
    bytes += data.byteLength;
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - d0) / 1000;
  console.log(
    `  CSV: ${lines.toLocaleString('en-US')} lines, ${(bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(1)} s`,
  );
  results.add({ section: 'billing', name: 'CSV lines (incl. header)', value: lines, unit: 'lines' });
  results.add({ section: 'billing', name: 'CSV size', value: bytes / 1048576, unit: 'MiB' });
  results.add({ section: 'billing', name: 'CSV download (streamed)', value: seconds, unit: 's' });
  results.add({ section: 'billing', name: 'CSV download rate', value: bytes / 1048576 / seconds, unit: 'MiB/s' });
  const rssAfter = peakRssMiB(target.sim.process.pid);
  if (rssBefore !== undefined)
    results.add({ section: 'billing', name: 'simulator peak RSS before report', value: rssBefore, unit: 'MiB' });
  if (rssGenerated !== undefined)
    results.add({ section: 'billing', name: 'simulator peak RSS after generation', value: rssGenerated, unit: 'MiB' });
  if (rssAfter !== undefined)
    results.add({ section: 'billing', name: 'simulator peak RSS after download', value: rssAfter, unit: 'MiB' });
}

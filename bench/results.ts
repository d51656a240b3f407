/** Figures the bench collects, their targets, and how they are printed and saved. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** Target as "below" this value; absent for figures that are only reported. */
  targetBelow?: number;
}

export interface SectionNote {
  section: string;
  note: string;
}

export class Results {
  readonly figures: Figure[] = [];
  readonly notes: SectionNote[] = [];
  readonly details: Record<string, unknown> = {};

  add(figure: Figure): void {
    this.figures.push(figure);
  }

  note(section: string, note: string): void {
    this.notes.push({ section, note });
    console.log(`  [${section}] ${note}`);
  }

  detail(section: string, value: unknown): void {
    this.details[section] = value;
  }

  /** The final table: every figure with its target and OK/OVER. */
  summary(): string {
    const rows = this.figures.map((f) => [
      f.section,
      f.name,
      `${formatNumber(f.value)} ${f.unit}`,
      f.targetBelow === undefined ? '' : `< ${formatNumber(f.targetBelow)} ${f.unit}`,
      f.targetBelow === undefined ? '' : f.value < f.targetBelow ? 'OK' : 'OVER',
    ]);
    const header = ['section', 'figure', 'value', 'target', ''];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    const notes = this.notes.filter((n) => n.note.startsWith('skipped')).map((n) => `${n.section}: ${n.note}`);
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...notes].join('\n');
  }

  save(path: string, meta: Record<string, unknown>): void {
    mkdirSync(dirname(path), { recursive: true });
    const figures = this.figures.map((f) => ({
      ...f,
      ...(f.targetBelow === undefined ? {} : { ok: f.value < f.targetBelow }),
    }));
    writeFileSync(path, `${JSON.stringify({ ...meta, figures, notes: this.notes, details: this.details }, null, 2)}\n`);
  }
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

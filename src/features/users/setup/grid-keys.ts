import type { KeyboardEvent } from 'react';

/**
 * Arrow keys in an editable grid: Up/Down move to the same column of the row above or
 * below (Tab already walks along a row). Cells carry `data-row` and `data-col`. A native
 * select keeps its own arrows (they change the choice).
 */
export function onGridKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  const target = event.currentTarget;
  const row = Number(target.dataset.row);
  const col = target.dataset.col;
  if (!Number.isInteger(row) || !col) return;
  const next = row + (event.key === 'ArrowDown' ? 1 : -1);
  const cell = target.closest('tbody')?.querySelector<HTMLElement>(`[data-row="${next}"][data-col="${col}"]`);
  if (!cell) return;
  event.preventDefault();
  cell.focus();
}

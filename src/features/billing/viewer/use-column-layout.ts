import { useCallback, useMemo, useState } from 'react';
import { parseColumnLayout, type ColumnLayout } from '../lib/report-columns';

/** The column chooser's choice, remembered per report type in this browser. */
export function useColumnLayout(reportType: string, columns: readonly string[]) {
  const key = `wph.billing.columns.${reportType}`;
  const [saved, setSaved] = useState<unknown>(() => readStored(key));
  const layout = useMemo(() => parseColumnLayout(saved, columns), [saved, columns]);
  const setLayout = useCallback(
    (next: ColumnLayout) => {
      setSaved(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the choice still holds for this visit.
      }
    },
    [key],
  );
  return [layout, setLayout] as const;
}

function readStored(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

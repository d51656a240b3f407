import { useEffect, useId, useState } from 'react';
import { Download, Search } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import type { ColumnLayout } from '../lib/report-columns';
import type { ValueCount } from '../lib/report-model';
import { ReportColumnChooser } from './report-column-chooser';
import type { ViewerGrouping } from './viewer-search';

export interface ReportToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  group: ViewerGrouping;
  groupings: readonly { value: ViewerGrouping; label: string; disabled?: boolean }[];
  onGroup: (group: ViewerGrouping) => void;
  service: string;
  services: readonly ValueCount[];
  onService: (sku: string) => void;
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
  onExport: () => void;
  exportDisabled: boolean;
}

/** Search (applied after a pause in typing), grouping, service filter, columns and export. */
export function ReportToolbar(props: ReportToolbarProps) {
  const id = useId();
  const [text, setText] = useState(props.search);
  const { onSearch, search } = props;
  // The URL changed under the box (back button, a link): show its text.
  const [shownSearch, setShownSearch] = useState(search);
  if (shownSearch !== search) {
    setShownSearch(search);
    setText(search);
  }
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => onSearch(text), 250);
    return () => clearTimeout(timer);
  }, [text, search, onSearch]);

  return (
    <div className="mb-3 flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor={`${id}-q`} className="text-[13px] font-medium text-fg">
          Search
        </label>
        <div className="relative">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-muted"
          />
          <Input
            id={`${id}-q`}
            type="search"
            value={text}
            placeholder="Customer, user, SKU, location…"
            onChange={(event) => setText(event.target.value)}
            className="pl-8"
          />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-group`} className="text-[13px] font-medium text-fg">
          Group by
        </label>
        <Select
          id={`${id}-group`}
          value={props.group}
          options={props.groupings}
          onChange={(event) => props.onGroup(event.target.value as ViewerGrouping)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-svc`} className="text-[13px] font-medium text-fg">
          Service
        </label>
        <Select
          id={`${id}-svc`}
          value={props.service}
          options={[
            { value: '', label: 'All services' },
            ...props.services.map((s) => ({ value: s.value, label: s.value || '(none)' })),
          ]}
          onChange={(event) => props.onService(event.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <ReportColumnChooser layout={props.layout} onChange={props.onLayout} />
        <Button icon={<Download />} onClick={props.onExport} disabled={props.exportDisabled}>
          Export view
        </Button>
      </div>
    </div>
  );
}

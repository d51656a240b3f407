import { Columns3 } from 'lucide-react';
import { Menu } from '@/shared/ui/menu';
import { buttonClasses } from '@/shared/ui/button';
import { reportColumnLabel, setColumnVisible, visibleColumns, type ColumnLayout } from '../lib/report-columns';

export interface ReportColumnChooserProps {
  layout: ColumnLayout;
  onChange: (layout: ColumnLayout) => void;
}

/** Show or hide report columns; the last visible one cannot be hidden (the engine refuses). */
export function ReportColumnChooser({ layout, onChange }: ReportColumnChooserProps) {
  const shown = visibleColumns(layout);
  return (
    <Menu
      label="Columns"
      header={`${shown.length} of ${layout.order.length} columns shown`}
      items={layout.order.map((column) => {
        const visible = shown.includes(column);
        return {
          id: column,
          label: reportColumnLabel(column),
          checked: visible,
          onSelect: () => onChange(setColumnVisible(layout, column, !visible)),
        };
      })}
      trigger={({ ref, ...props }) => (
        <button ref={ref} type="button" className={buttonClasses('secondary', 'md')} {...props}>
          <Columns3 aria-hidden />
          Columns
        </button>
      )}
    />
  );
}

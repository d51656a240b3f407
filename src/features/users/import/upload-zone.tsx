import { useId, useRef, useState, type DragEvent } from 'react';
import clsx from 'clsx';
import { Upload } from 'lucide-react';
import { Button } from '@/shared/ui/button';

/** Choose or drop one CSV file. */
export function UploadZone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={clsx(
        'flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center',
        over ? 'border-brand bg-brand-soft' : 'border-line-strong bg-surface-muted',
      )}
    >
      <Upload aria-hidden="true" className="size-6 text-fg-muted" />
      <div>
        <p className="text-sm font-medium text-fg">Drop a CSV file here, or choose one</p>
        <p className="text-[13px] text-fg-muted">
          The file is checked in your browser; nothing is sent until you confirm.
        </p>
      </div>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        className="sr-only"
        aria-label="CSV file of users"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <Button variant="primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        Choose file
      </Button>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { Check, Copy } from 'lucide-react';
import clsx from 'clsx';

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy tracking ID". */
  label: string;
  className?: string;
}

export function CopyButton({ value, label, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={label}
        title={label}
        className={clsx(
          'inline-flex size-6 items-center justify-center rounded text-fg-muted hover:bg-surface-hover hover:text-fg [&_svg]:size-3.5',
          className,
        )}
      >
        {state === 'copied' ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
      </button>
      <span role="status" className={state === 'idle' ? 'sr-only' : 'text-xs text-fg-muted'}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  );
}

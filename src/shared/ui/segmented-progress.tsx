export interface ProgressSegment {
  value: number;
  /** A background colour token class, e.g. `bg-danger`. */
  tone: string;
}

/**
 * One bar for a run whose items end in different ways (done, failed, waiting…): each
 * segment its own colour, so failures never read as progress. `finished` is what the
 * bar reports to assistive technology as its value; `valueText` says it in words.
 */
export function SegmentedProgress({
  label,
  total,
  finished,
  valueText,
  segments,
  thin = false,
}: {
  label: string;
  total: number;
  finished: number;
  valueText: string;
  segments: readonly ProgressSegment[];
  thin?: boolean;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={finished}
      aria-valuetext={valueText}
      className={`flex w-full overflow-hidden rounded-full bg-surface-muted ${thin ? 'h-1.5' : 'h-2.5'}`}
    >
      {segments.map((segment, i) => (
        <div
          key={i}
          className={`${segment.tone} transition-[width]`}
          style={{ width: `${total > 0 ? (100 * segment.value) / total : 0}%` }}
        />
      ))}
    </div>
  );
}

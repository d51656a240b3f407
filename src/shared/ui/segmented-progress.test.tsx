import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SegmentedProgress } from './segmented-progress';

describe('SegmentedProgress', () => {
  it('gives each outcome its share of the bar and reports the finished count in numbers and words', () => {
    render(
      <SegmentedProgress
        label="Users processed"
        total={8}
        finished={4}
        valueText="4 of 8 processed: 2 changed, 2 failed"
        segments={[
          { value: 2, tone: 'bg-success-soft-fg' },
          { value: 2, tone: 'bg-danger' },
        ]}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Users processed' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuemax', '8');
    expect(bar).toHaveAttribute('aria-valuetext', '4 of 8 processed: 2 changed, 2 failed');
    const [done, failed] = [...bar.children] as HTMLElement[];
    // Failures are their own colour, not part of a single "done" bar.
    expect(done).toHaveClass('bg-success-soft-fg');
    expect(done?.style.width).toBe('25%');
    expect(failed).toHaveClass('bg-danger');
    expect(failed?.style.width).toBe('25%');
  });

  it('draws nothing for a run of no items rather than dividing by zero', () => {
    render(
      <SegmentedProgress
        label="Empty"
        total={0}
        finished={0}
        valueText="nothing"
        segments={[{ value: 0, tone: 'x' }]}
      />,
    );
    const [only] = [...screen.getByRole('progressbar', { name: 'Empty' }).children] as HTMLElement[];
    expect(only?.style.width).toBe('0%');
  });
});

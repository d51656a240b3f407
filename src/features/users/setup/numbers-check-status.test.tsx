import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NumbersCheckStatus } from './numbers-check-status';

const idle = { running: false, done: 0, total: 0, waitingUntil: null };
const none = { checked: 0, numberClashes: 0, otherRefusals: 0, failed: 0 };

describe('NumbersCheckStatus', () => {
  it('shows progress while checking, and says when Webex asked to slow down', () => {
    const { rerender } = render(
      <NumbersCheckStatus
        progress={{ running: true, done: 12, total: 25, waitingUntil: null }}
        summary={none}
        calling={25}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Checking numbers with Webex… 12/25');
    rerender(
      <NumbersCheckStatus
        progress={{ running: true, done: 12, total: 25, waitingUntil: Date.now() + 3000 }}
        summary={none}
        calling={25}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Webex asked us to slow down; continuing shortly.');
  });

  it('counts the clashing rows, other refusals and failed checks, and offers to check again', async () => {
    const onRetry = vi.fn();
    render(
      <NumbersCheckStatus
        progress={{ ...idle, done: 5, total: 5 }}
        summary={{ checked: 5, numberClashes: 2, otherRefusals: 1, failed: 1 }}
        calling={5}
        onRetry={onRetry}
      />,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('2 rows clash with numbers this customer’s users already have');
    expect(status).toHaveTextContent('1 row would be refused for another reason');
    expect(status).toHaveTextContent('1 row could not be checked');
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says when every row passed, and says nothing before the first check', () => {
    const { rerender } = render(
      <NumbersCheckStatus progress={idle} summary={{ ...none, checked: 3 }} calling={3} onRetry={() => {}} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Checked with Webex: no number or extension of these 3 rows is taken in this customer.',
    );
    rerender(<NumbersCheckStatus progress={idle} summary={none} calling={3} onRetry={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

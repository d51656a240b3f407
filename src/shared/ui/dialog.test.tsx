import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from './button';
import { Dialog } from './dialog';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button onClick={() => setOpen(true)}>Delete customer</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete Acme?"
        description="Its users lose their packages."
        footer={
          <>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="danger">Delete</Button>
          </>
        }
      />
    </div>
  );
}

describe('Dialog', () => {
  it('is named and described, takes focus, keeps Tab inside, and closes on Esc with focus back on the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Delete customer' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Delete Acme?' });
    expect(dialog).toHaveAccessibleDescription('Its users lose their packages.');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // The close button is skipped: focus lands on the first real choice.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // Content behind the dialog is inert.
    expect(opener.closest('[inert]')).not.toBeNull();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(opener.closest('[inert]')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Checkbox } from './checkbox';
import { Field } from './field';
import { Input } from './input';
import { Select } from './select';
import { StatusBadge } from './status-badge';

describe('form controls', () => {
  it('label, hint and error are wired to the control', () => {
    render(
      <>
        <Field
          label="External ID"
          hint="Your own reference for this customer."
          error="externalId: is required"
          required
        >
          <Input />
        </Field>
        <Field label="Country">
          <Select options={[{ value: 'US', label: 'United States' }]} placeholder="Choose a country" />
        </Field>
        <Checkbox label="Restricted by partner" hint="On by default." />
      </>,
    );
    const input = screen.getByRole('textbox', { name: /External ID/ });
    expect(input).toHaveAccessibleDescription('Your own reference for this customer. externalId: is required');
    expect(input).toBeInvalid();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveDisplayValue('Choose a country');
    expect(screen.getByRole('combobox', { name: 'Country' })).toBeValid();
    expect(screen.getByRole('checkbox', { name: 'Restricted by partner' })).toHaveAccessibleDescription(
      'On by default.',
    );
  });
});

describe('StatusBadge', () => {
  it('labels known statuses and shows an unknown one as-is', () => {
    render(
      <>
        <StatusBadge kind="customer" value="pending_rpl_review" />
        <StatusBadge kind="report" value="COMPLETED" />
        <StatusBadge kind="customer" value="quarantined" />
      </>,
    );
    expect(screen.getByText('Pending compliance review')).toHaveClass('bg-warning-soft');
    expect(screen.getByText('Completed')).toHaveClass('bg-success-soft');
    expect(screen.getByText('quarantined')).toHaveClass('bg-neutral-soft');
  });
});

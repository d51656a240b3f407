import { useId } from 'react';
import type { RowFailure } from '../../lib/provisioning-state';
import { NUMBER_FIELDS, serverNumberError } from '../lib/bulk-numbers';
import { PhoneLineInput } from './phone-line-input';
import { FIELD_LABEL } from './phone-lines-table';
import type { PhoneLines } from './use-phone-lines';

/**
 * The phone line of a row the server refused over its number (taken, malformed): the
 * refusal sits under the cell it is about, with the Webex code and what it means, until
 * the admin edits that cell; then the same rules as before sending apply.
 */
export function PhoneLineFix({
  id,
  email,
  failure,
  lines,
}: {
  id: string;
  email: string;
  failure: RowFailure | null;
  lines: PhoneLines;
}) {
  const base = useId();
  const server = serverNumberError(failure);
  return (
    <div className="mt-1.5 grid grid-cols-[minmax(0,15rem)_minmax(0,8rem)] gap-2">
      {NUMBER_FIELDS.map((field) => {
        const inputId = `${base}-${field}`;
        const error =
          server?.field === field && !lines.editedSinceSent(id, field) ? server.message : lines.message(id, field);
        return (
          <div key={field} className="min-w-0">
            <label htmlFor={inputId} className="mb-1 block text-xs font-medium text-fg-muted">
              {FIELD_LABEL[field]}
            </label>
            <PhoneLineInput
              id={inputId}
              field={field}
              aria-label={`${FIELD_LABEL[field]} for ${email}`}
              value={lines.entry(id)[field]}
              onChange={(event) => lines.change(id, field, event.target.value)}
              onBlur={() => lines.blur(id, field)}
              error={error}
              errorId={`${inputId}-error`}
            />
          </div>
        );
      })}
    </div>
  );
}

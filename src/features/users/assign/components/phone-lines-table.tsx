import { useId } from 'react';
import { packageLabel } from '@contract/packages';
import type { NumbersRow } from '../lib/bulk-plan';
import { NUMBER_FIELDS } from '../lib/bulk-numbers';
import { currentPackage } from '../lib/package-rules';
import { PhoneLineInput } from './phone-line-input';
import type { PhoneLines } from './use-phone-lines';

export const FIELD_LABEL = { primaryPhoneNumber: 'Phone number', extension: 'Extension' } as const;

/**
 * One compact row per user who moves onto a phone line: Tab goes phone number, extension,
 * next user; a cell's problem sits under it and is read with it. The body scrolls under a
 * sticky header, so fifty users keep the rest of the dialog in reach.
 */
export function PhoneLinesTable({ rows, to, lines }: { rows: readonly NumbersRow[]; to: string; lines: PhoneLines }) {
  const base = useId();
  const headingId = `${base}-heading`;
  const count = rows.length;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div>
        <h3 id={headingId} className="text-[13px] font-semibold text-fg">
          Phone lines for {count} {count === 1 ? 'user' : 'users'}
        </h3>
        <p className="text-xs text-fg-muted">
          {packageLabel(to)} is a calling package and {count === 1 ? 'this user has' : 'these users have'} no phone line
          yet: give each a phone number (E.164, such as +12405551212), an extension (2 to 10 digits), or both. Each
          number and extension belongs to one user of a customer.
        </p>
      </div>
      <div className="max-h-80 overflow-y-auto rounded-md border border-line">
        <table className="w-full table-fixed border-separate border-spacing-0 text-[13px]">
          <caption className="sr-only">Phone line of each user moving to {packageLabel(to)}</caption>
          <thead className="sticky top-0 z-10 bg-surface-muted text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="border-b border-line px-3 py-1.5 font-medium">
                User
              </th>
              <th scope="col" className="w-[36%] border-b border-line py-1.5 pr-2 font-medium">
                Phone number
              </th>
              <th scope="col" className="w-[22%] border-b border-line py-1.5 pr-3 font-medium">
                Extension
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ user }, index) => {
              const who = user.email ?? user.id;
              const from = currentPackage(user);
              const border = index < count - 1 ? 'border-b border-line' : '';
              return (
                <tr key={user.id} className="align-top">
                  <td className={`${border} min-w-0 px-3 py-2`}>
                    <span className="block truncate font-medium text-fg" title={who}>
                      {who}
                    </span>
                    <span className="block truncate text-xs text-fg-muted">
                      {from ? packageLabel(from) : 'No package'} → {packageLabel(to)}
                    </span>
                  </td>
                  {NUMBER_FIELDS.map((field) => (
                    <td key={field} className={`${border} py-1.5 ${field === 'extension' ? 'pr-3' : 'pr-2'}`}>
                      <PhoneLineInput
                        field={field}
                        aria-label={`${FIELD_LABEL[field]} for ${who}`}
                        value={lines.entry(user.id)[field]}
                        onChange={(event) => lines.change(user.id, field, event.target.value)}
                        onBlur={() => lines.blur(user.id, field)}
                        error={lines.message(user.id, field)}
                        errorId={`${base}-${index}-${field}`}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { useState } from 'react';
import { Plus } from 'lucide-react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { HubLocation } from '@contract/hub';
import { PACKAGE_INFO, type SubscriberPackage } from '@contract/packages';
import { Button } from '@/shared/ui/button';
import {
  SETUP_MAX_ROWS,
  SETUP_ROWS,
  emptyNumbers,
  emptyUserRow,
  type SetupForm,
  type SetupUserRow,
} from '../lib/setup-form';
import { GridInput, GridSelect } from './grid-cell';

const COLUMNS: { key: keyof SetupUserRow; label: string; width: string }[] = [
  { key: 'firstName', label: 'First name', width: 'w-[15%]' },
  { key: 'lastName', label: 'Last name', width: 'w-[15%]' },
  { key: 'email', label: 'E-mail', width: 'w-[30%]' },
  { key: 'package', label: 'Package', width: 'w-[20%]' },
  { key: 'locationId', label: 'Location', width: 'w-[20%]' },
];

/** The users grid: one row per user, each cell checked by the import's rules. */
export function UsersStep({
  packages,
  locations,
}: {
  packages: readonly SubscriberPackage[];
  locations: readonly HubLocation[];
}) {
  const { register, getValues, setValue, control } = useFormContext<SetupForm>();
  const { errors } = useFormState({ control, name: 'users' });
  const [rows, setRows] = useState(() => getValues('users').length);
  const main = locations.find((l) => l.isHeadquarters);

  function addRows() {
    const count = Math.min(SETUP_ROWS, SETUP_MAX_ROWS - rows);
    setValue('users', [...getValues('users'), ...Array.from({ length: count }, emptyUserRow)], { shouldDirty: true });
    setValue('numbers', [...getValues('numbers'), ...Array.from({ length: count }, emptyNumbers)], {
      shouldDirty: true,
    });
    setRows(rows + count);
  }

  return (
    <>
      <p className="text-[13px] text-fg-muted">
        Tab moves along a row, ↑ and ↓ move between rows. A user whose e-mail belongs to an existing free Webex account
        is asked to consent before joining.
      </p>
      <div className="-mx-6 overflow-x-auto px-6">
        <table className="w-full min-w-[42rem] table-fixed border-separate border-spacing-0 text-sm">
          <caption className="sr-only">Users to create, {rows} rows</caption>
          <thead className="text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="w-7 pb-1.5 font-medium">
                <span className="sr-only">Row</span>#
              </th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={`${c.width} pr-1.5 pb-1.5 font-medium`}>
                  {c.label}
                  {c.key === 'email' || c.key === 'package' ? (
                    <span aria-hidden="true" className="text-danger">
                      {' '}
                      *
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => {
              const rowErrors = errors.users?.[i];
              const cell = (key: keyof SetupUserRow) => ({
                row: i,
                col: key,
                error: rowErrors?.[key]?.message,
                errorId: `users-${i}-${key}-error`,
                'aria-label': `Row ${i + 1} ${COLUMNS.find((c) => c.key === key)?.label.toLowerCase() ?? key}`,
              });
              return (
                <tr key={i} className="align-top">
                  <td className="py-1 pr-1 text-xs leading-8 text-fg-muted tabular-nums">{i + 1}</td>
                  <td className="py-1 pr-1.5">
                    <GridInput {...cell('firstName')} autoComplete="off" {...register(`users.${i}.firstName`)} />
                  </td>
                  <td className="py-1 pr-1.5">
                    <GridInput {...cell('lastName')} autoComplete="off" {...register(`users.${i}.lastName`)} />
                  </td>
                  <td className="py-1 pr-1.5">
                    <GridInput
                      {...cell('email')}
                      type="email"
                      autoComplete="off"
                      spellCheck={false}
                      {...register(`users.${i}.email`)}
                    />
                  </td>
                  <td className="py-1 pr-1.5">
                    <GridSelect {...cell('package')} {...register(`users.${i}.package`)}>
                      <option value="">Choose…</option>
                      {packages.map((p) => (
                        <option key={p} value={p}>
                          {PACKAGE_INFO[p].label}
                        </option>
                      ))}
                    </GridSelect>
                  </td>
                  <td className="py-1 pr-1.5">
                    <GridSelect {...cell('locationId')} {...register(`users.${i}.locationId`)}>
                      <option value="">{main ? `Main (${main.name})` : 'Main location'}</option>
                      {locations
                        .filter((l) => l !== main)
                        .map((l) => (
                          <option key={l.id} value={l.id}>
                            {l.name}
                          </option>
                        ))}
                    </GridSelect>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows < SETUP_MAX_ROWS ? (
        <div>
          <Button size="sm" icon={<Plus />} onClick={addRows}>
            Add {Math.min(SETUP_ROWS, SETUP_MAX_ROWS - rows)} rows
          </Button>
        </div>
      ) : null}
    </>
  );
}

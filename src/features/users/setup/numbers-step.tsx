import { useRef, useSyncExternalStore } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { PACKAGE_INFO, isCallingSubscriberPackage, isSubscriberPackage } from '@contract/packages';
import { summarizeVerdicts, type CustomerCheck } from '../lib/customer-check';
import { checkSetupRows, isBlankRow, type SetupContext, type SetupForm } from '../lib/setup-form';
import { CellError, GridInput } from './grid-cell';
import { NumbersCheckStatus } from './numbers-check-status';
import { useCheckOnSubmit } from './use-check-on-submit';

const USER_CELLS = ['email', 'package', 'locationId', 'firstName', 'lastName'] as const;

/**
 * Numbers for the calling users of the pass. Duplicates within the pass are flagged as
 * they are typed; Next also checks every row with Webex (the customer's existing users).
 */
export function NumbersStep({ context, checker }: { context: SetupContext; checker: CustomerCheck }) {
  const { register, control, trigger } = useFormContext<SetupForm>();
  const users = useWatch({ control, name: 'users' });
  const numbers = useWatch({ control, name: 'numbers' });
  const { errors } = useFormState({ control, name: ['numbers', 'users'] });
  const progress = useSyncExternalStore(checker.subscribe, checker.getProgress);
  const anchor = useRef<HTMLParagraphElement>(null);
  useCheckOnSubmit(checker, anchor);
  const calling = users.flatMap((user, index) =>
    !isBlankRow(user) && isCallingSubscriberPackage(user.package) ? [{ user, index }] : [],
  );
  const summary = summarizeVerdicts(
    checkSetupRows({ users, numbers }, context).users.map(({ user }) =>
      isCallingSubscriberPackage(user.package) ? checker.verdict(user) : undefined,
    ),
  );
  if (calling.length === 0) {
    return (
      <p ref={anchor} className="rounded-md bg-surface-muted px-3 py-3 text-sm text-fg-muted">
        No user of this pass has a calling package, so no numbers are needed. Continue to the review.
      </p>
    );
  }
  return (
    <>
      <p ref={anchor} className="text-[13px] text-fg-muted">
        Phone numbers in E.164 format (+, country code, number, such as +12405551212); extensions of 2 to 10 digits.
        Each number and extension may be used once within this customer; Next checks them against its existing users.
      </p>
      <NumbersCheckStatus
        progress={progress}
        summary={summary}
        calling={calling.length}
        onRetry={() => {
          checker.arm();
          void trigger(['numbers', 'users']);
        }}
      />
      <div className="-mx-6 overflow-x-auto px-6">
        <table className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0 text-sm">
          <caption className="sr-only">Numbers of the users with a calling package</caption>
          <thead className="text-left text-xs text-fg-muted">
            <tr>
              <th scope="col" className="w-7 pb-1.5 font-medium">
                <span className="sr-only">Row</span>#
              </th>
              <th scope="col" className="w-[29%] pr-2 pb-1.5 font-medium">
                User
              </th>
              <th scope="col" className="w-[18%] pr-2 pb-1.5 font-medium">
                Package
              </th>
              <th scope="col" className="w-[26%] pr-2 pb-1.5 font-medium">
                Phone number <span className="font-normal">(E.164)</span>
              </th>
              <th scope="col" className="pr-2 pb-1.5 font-medium">
                Extension
              </th>
            </tr>
          </thead>
          <tbody>
            {calling.map(({ user, index }, position) => {
              const who = user.email || `${user.firstName} ${user.lastName}`.trim() || `row ${index + 1}`;
              const rowErrors = errors.numbers?.[index];
              // A verdict about the row as a whole, or about a cell of the Users step.
              const rowMessage =
                (rowErrors as { message?: string } | undefined)?.message ??
                USER_CELLS.map((cell) => errors.users?.[index]?.[cell]?.message).find(Boolean);
              return (
                <tr key={index} className="align-top">
                  <td className="py-1 pr-1 text-xs leading-8 text-fg-muted tabular-nums">{index + 1}</td>
                  <td className="pt-1.5 pr-2">
                    <span className="block truncate font-medium text-fg">
                      {`${user.firstName} ${user.lastName}`.trim() || user.email}
                    </span>
                    <span className="block truncate text-xs text-fg-muted">{user.email}</span>
                    <CellError id={`numbers-${index}-row-error`} message={rowMessage} />
                  </td>
                  <td className="pt-2 pr-2 text-fg-muted">
                    {isSubscriberPackage(user.package) ? PACKAGE_INFO[user.package].label : user.package}
                  </td>
                  <td className="py-1 pr-2">
                    <GridInput
                      row={position}
                      col="phoneNumber"
                      type="tel"
                      inputMode="tel"
                      autoComplete="off"
                      aria-label={`Phone number of ${who}`}
                      error={rowErrors?.phoneNumber?.message}
                      errorId={`numbers-${index}-phone-error`}
                      {...register(`numbers.${index}.phoneNumber`)}
                    />
                  </td>
                  <td className="py-1 pr-2">
                    <GridInput
                      row={position}
                      col="extension"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`Extension of ${who}`}
                      error={rowErrors?.extension?.message}
                      errorId={`numbers-${index}-extension-error`}
                      {...register(`numbers.${index}.extension`)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

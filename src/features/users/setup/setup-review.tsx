import { useRef } from 'react';
import { useWatch } from 'react-hook-form';
import type { HubLocation } from '@contract/hub';
import { PACKAGE_INFO, isCallingSubscriberPackage, type SubscriberPackage } from '@contract/packages';
import type { Wizard } from '@/shared/wizard/use-wizard';
import { ReviewSection } from '@/shared/wizard/wizard-review';
import type { CustomerCheck } from '../lib/customer-check';
import { checkSetupRows, type SetupContext, type SetupForm } from '../lib/setup-form';
import { PrecheckButton } from './precheck-button';
import { useCheckOnSubmit } from './use-check-on-submit';

/** Everything the pass will create, with a per-row precheck against Webex. */
export function SetupReview({
  wizard,
  context,
  customerId,
  locations,
  checker,
}: {
  wizard: Wizard<SetupForm>;
  context: SetupContext;
  customerId: string;
  locations: readonly HubLocation[];
  /** Submit checks again any calling row changed since the numbers step checked it. */
  checker: CustomerCheck;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  useCheckOnSubmit(checker, anchor);
  const values = useWatch({ control: wizard.form.control }) as SetupForm;
  const { users } = checkSetupRows(values, context);
  const locationName = (id: string | undefined) =>
    locations.find((l) => l.id === id)?.name ?? locations.find((l) => l.isHeadquarters)?.name ?? 'Main location';
  const byPackage = new Map<SubscriberPackage, number>();
  for (const { user } of users) byPackage.set(user.package, (byPackage.get(user.package) ?? 0) + 1);
  return (
    <div ref={anchor} className="flex flex-col">
      <ReviewSection wizard={wizard} stepId="locations">
        <p className="text-sm text-fg">
          {locations.length === 0
            ? 'The main location only.'
            : `${locations.length} location${locations.length === 1 ? '' : 's'}: ${locations.map((l) => l.name).join(', ')}.`}
        </p>
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="users">
        <p className="mb-3 text-sm text-fg">
          {users.length} user{users.length === 1 ? '' : 's'}:{' '}
          {[...byPackage].map(([p, n]) => `${n} × ${PACKAGE_INFO[p].label}`).join(', ')}. Each user’s package is billed
          to your wholesale subscription from the day it is assigned.
        </p>
        <div className="-mx-6 overflow-x-auto px-6">
          <table className="w-full min-w-[40rem] table-fixed text-sm">
            <caption className="sr-only">Users to create</caption>
            <thead className="text-left text-xs text-fg-muted">
              <tr className="border-b border-line">
                <th scope="col" className="w-[30%] py-1.5 pr-3 font-medium">
                  User
                </th>
                <th scope="col" className="w-[17%] py-1.5 pr-3 font-medium">
                  Package
                </th>
                <th scope="col" className="w-[15%] py-1.5 pr-3 font-medium">
                  Location
                </th>
                <th scope="col" className="w-[17%] py-1.5 pr-3 font-medium">
                  Number
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  <span className="sr-only">Precheck</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map(({ index, user }) => (
                <tr key={index} className="border-b border-line align-top last:border-0">
                  <td className="py-2 pr-3">
                    <span className="block truncate font-medium text-fg">
                      {[user.firstName, user.lastName].filter(Boolean).join(' ') || user.email}
                    </span>
                    <span className="block truncate text-xs text-fg-muted" title={user.email}>
                      {user.email}
                    </span>
                  </td>
                  <td className="py-2 pr-3 text-fg">{PACKAGE_INFO[user.package].label}</td>
                  <td className="py-2 pr-3 text-fg">{locationName(user.locationId)}</td>
                  <td className="py-2 pr-3 text-fg tabular-nums">
                    {isCallingSubscriberPackage(user.package)
                      ? [user.primaryPhoneNumber, user.extension && `ext. ${user.extension}`].filter(Boolean).join(', ')
                      : '—'}
                  </td>
                  <td className="py-2">
                    <PrecheckButton customerId={customerId} user={user} label={user.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="numbers">
        <p className="text-sm text-fg">
          {users.filter((u) => isCallingSubscriberPackage(u.user.package)).length} calling user(s) with numbers, shown
          above.
        </p>
      </ReviewSection>
    </div>
  );
}

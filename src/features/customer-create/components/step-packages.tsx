import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import {
  ADD_ON_PACKAGES,
  CUSTOMER_PACKAGES,
  LIMITABLE_PACKAGES,
  PACKAGE_INFO,
  missingDependencies,
  needsCallingLocation,
  packageLabel,
} from '@contract/packages';
import { FormCheckboxGroup } from '@/shared/forms/form-checkbox-group';
import { FormInput } from '@/shared/forms/form-input';
import type { CustomerForm } from '../lib/customer-form';
import { Note } from './note';
import { useChosenTemplate } from './step-customer';

const ADD_ONS: readonly string[] = ADD_ON_PACKAGES;

export function PackagesStep() {
  const { control } = useFormContext<CustomerForm>();
  const packages = useWatch({ control, name: 'packages' });
  const rulesError = useFormState({ control, name: 'packageRules' }).errors.packageRules?.message;
  const chosen = useChosenTemplate();
  const offered = chosen?.template?.offeredPackages;
  const missing = missingDependencies(packages);
  const limitable = LIMITABLE_PACKAGES.filter((p) => packages.includes(p));
  return (
    <>
      <FormCheckboxGroup<CustomerForm>
        name="packages"
        legend="Packages"
        hint={
          offered
            ? `The template ${chosen?.name ?? ''} offers ${offered.length} of ${CUSTOMER_PACKAGES.length} packages; the others cannot be chosen with it.`
            : 'Assigning a package to a user starts billing for that user; choosing it here does not.'
        }
        required
        layout="grid"
        options={CUSTOMER_PACKAGES.map((p) => {
          const notOffered = offered !== undefined && !(offered as readonly string[]).includes(p);
          return {
            value: p,
            label: ADD_ONS.includes(p) ? `${PACKAGE_INFO[p].label} (add-on)` : PACKAGE_INFO[p].label,
            description: notOffered ? 'Not offered by this template.' : PACKAGE_INFO[p].description,
            // A package already chosen stays clickable, so it can be removed.
            disabled: notOffered && !packages.includes(p),
          };
        })}
      />
      {rulesError && missing.length === 0 ? (
        <p id="field-packageRules" role="alert" className="-mt-2 text-xs font-medium text-danger">
          {rulesError}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <Note tone="warning" title="A package needs another one">
          <ul className="flex list-disc flex-col gap-0.5 pl-4">
            {missing.map((m) => (
              <li key={m.package}>
                {packageLabel(m.package)} needs one of: {m.needsOneOf.map(packageLabel).join(', ')}.
              </li>
            ))}
          </ul>
        </Note>
      ) : null}
      {needsCallingLocation(packages) ? (
        <Note>
          Calling is included: the next step also asks for the first calling location’s time zone and language.
        </Note>
      ) : null}
      {limitable.length > 0 ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-[13px] font-medium text-fg">Package limits (optional)</legend>
          <p className="-mt-1 text-[13px] text-fg-muted">
            The most of each package this customer may assign. Leave empty for no limit.
          </p>
          <div className="grid gap-4 sm:grid-cols-3">
            {limitable.map((p) => (
              <FormInput<CustomerForm>
                key={p}
                name={`limits.${p}`}
                label={PACKAGE_INFO[p].label}
                inputMode="numeric"
                autoComplete="off"
                placeholder="No limit"
              />
            ))}
          </div>
        </fieldset>
      ) : null}
    </>
  );
}

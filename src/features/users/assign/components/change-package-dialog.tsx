import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PACKAGE_INFO, isCustomerPackage, isSubscriberPackage, packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { useUpdateSubscriber } from '@/shared/api/subscribers';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { FormInput } from '@/shared/forms/form-input';
import { FormRadioGroup } from '@/shared/forms/form-radio-group';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { toast } from '@/shared/ui/toast-store';
import { useCustomerContexts } from '../api/use-customer-context';
import { changeConsequence } from '../lib/billing-consequence';
import { changePackageSchema, toUpdateBody, type ChangePackageValues } from '../lib/change-package-schema';
import {
  adminFloor,
  currentPackage,
  isFirstAdmin,
  needsNumbers,
  offeredPackages,
  refusalFor,
  type CustomerContext,
} from '../lib/package-rules';
import { ConsequenceNote } from './consequence-note';
import { ServerErrorBanner } from '@/shared/ui/server-error-banner';

const FIELDS = ['package', 'primaryPhoneNumber', 'extension'] as const;
const FIELD_MAP = {
  packages: 'package',
  'provisioningParameters.primaryPhoneNumber': 'primaryPhoneNumber',
  'provisioningParameters.extension': 'extension',
  'provisioningParameters.locationId': null,
  subscriberId: null,
  customerId: null,
} as const;

export interface ChangePackageDialogProps {
  user: Subscriber;
  open: boolean;
  onClose: () => void;
}

/** Change one user's package: the rules before sending, the billing consequence in words, server errors on their field. */
export function ChangePackageDialog({ user, open, onClose }: ChangePackageDialogProps) {
  const contexts = useCustomerContexts(user.customerId ? [user.customerId] : []);
  const ctx = user.customerId ? contexts.byCustomer.get(user.customerId) : undefined;
  const title = `Change package of ${user.email ?? 'this user'}`;
  if (!ctx) {
    return (
      <Dialog open={open} onClose={onClose} title={title} footer={<Button onClick={onClose}>Cancel</Button>}>
        {contexts.error ? (
          <ErrorState compact error={contexts.error} title="Could not read the user’s customer" />
        ) : (
          <div className="flex flex-col gap-2 py-2" aria-busy="true" aria-label="Loading the customer’s packages">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        )}
      </Dialog>
    );
  }
  return <ChangePackageForm user={user} ctx={ctx} open={open} onClose={onClose} title={title} />;
}

function ChangePackageForm({
  user,
  ctx,
  open,
  onClose,
  title,
}: ChangePackageDialogProps & { ctx: CustomerContext; title: string }) {
  const from = currentPackage(user);
  const form = useForm<ChangePackageValues>({
    resolver: zodResolver(changePackageSchema(user, ctx)),
    mode: 'onChange',
    defaultValues: { package: '', primaryPhoneNumber: '', extension: '' },
  });
  const chosen = useWatch({ control: form.control, name: 'package' });
  const update = useUpdateSubscriber();
  const admin = isFirstAdmin(user, ctx);
  const floor = adminFloor(ctx);
  const valid = chosen !== '' && refusalFor(user, chosen, ctx) === null;

  const options = offeredPackages(ctx).map((pkg) => ({
    value: pkg,
    label: pkg === from ? `${packageLabel(pkg)} (current)` : packageLabel(pkg),
    description: isCustomerPackage(pkg) ? PACKAGE_INFO[pkg].description : undefined,
    disabled: pkg === from,
  }));

  function close() {
    update.reset();
    form.reset();
    onClose();
  }

  function save(values: ChangePackageValues) {
    if (!isSubscriberPackage(values.package)) return;
    const body = toUpdateBody(user, values);
    update.mutate(
      { subscriberId: user.id, body: { ...body, packages: [values.package] } },
      {
        onSuccess: () => {
          toast({
            tone: 'success',
            title: `${user.email ?? 'The user'} now has ${packageLabel(values.package)}`,
          });
          close();
        },
        onError: (error) => {
          applyServerErrors(error, { setError: form.setError, fields: FIELDS, fieldMap: FIELD_MAP });
        },
      },
    );
  }

  const placed = applyServerErrorsDryRun(update.error);
  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={from ? `Now: ${packageLabel(from)}. A user holds one package at a time.` : undefined}
      dismissible={false}
      size="lg"
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" type="submit" form="change-package-form" loading={update.isPending}>
            Change package
          </Button>
        </>
      }
    >
      <FormProvider {...form}>
        <form
          id="change-package-form"
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => void form.handleSubmit(save)(event)}
        >
          {admin && floor ? (
            <p className="rounded-md border border-line bg-info-soft px-3 py-2 text-[13px] text-info-soft-fg">
              This user is the customer’s first (full) administrator: Webex keeps them at the customer’s package level,{' '}
              {packageLabel(floor)}, or higher.
            </p>
          ) : null}
          <FormRadioGroup<ChangePackageValues>
            name="package"
            legend="New package"
            required
            options={options}
            hint="Only packages this customer holds are offered."
          />
          {chosen && needsNumbers(user, chosen) ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-[13px] font-medium text-fg">Phone line</legend>
              <p className="text-xs text-fg-muted">
                {packageLabel(chosen)} is a calling package and {from ? packageLabel(from) : 'the current package'} has
                no phone line: give a phone number, an extension, or both.
              </p>
              <div className="grid grid-cols-2 gap-3">
                <FormInput<ChangePackageValues>
                  name="primaryPhoneNumber"
                  label="Phone number"
                  hint="E.164, such as +12405551212"
                  inputMode="tel"
                  autoComplete="off"
                />
                <FormInput<ChangePackageValues>
                  name="extension"
                  label="Extension"
                  hint="2 to 10 digits"
                  inputMode="numeric"
                  autoComplete="off"
                />
              </div>
            </fieldset>
          ) : null}
          {valid ? <ConsequenceNote>{changeConsequence(user, chosen)}</ConsequenceNote> : null}
          {update.error && !placed ? (
            <ServerErrorBanner error={update.error} title="The package was not changed" />
          ) : null}
        </form>
      </FormProvider>
    </Dialog>
  );
}

/** Whether a server error would land on a field of this form (else the banner shows it). */
function applyServerErrorsDryRun(error: unknown): boolean {
  if (!error) return false;
  const result = applyServerErrors(error, { setError: () => undefined, fields: FIELDS, fieldMap: FIELD_MAP });
  return result.placed.length > 0 && result.unplaced.length === 0;
}

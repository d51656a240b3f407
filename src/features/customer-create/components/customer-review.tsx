import { useWatch } from 'react-hook-form';
import { packageLabel } from '@contract/packages';
import type { Wizard } from '@/shared/wizard/use-wizard';
import { ReviewList, ReviewSection } from '@/shared/wizard/wizard-review';
import { CopyButton } from '@/shared/ui/copy-button';
import type { CustomerForm } from '../lib/customer-form';
import { toProvisionRequest } from '../lib/customer-request';
import { countryName, languageName, timezoneName } from '../lib/labels';
import { PrecheckPanel } from './precheck-panel';
import { useChosenTemplate } from './step-customer';

export function CustomerReview({ wizard }: { wizard: Wizard<CustomerForm> }) {
  // Every field, so the request below follows any edit made elsewhere (e.g. a restored draft).
  const values = useWatch({ control: wizard.form.control }) as CustomerForm;
  const template = useChosenTemplate();
  const body = toProvisionRequest(values);
  const json = JSON.stringify(body, null, 2);
  const attach = values.mode === 'attach';
  const location = body.provisioningParameters?.calling?.location;
  const limits = body.provisioningParameters?.packages?.limits ?? {};
  const address = body.address;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <ReviewSection wizard={wizard} stepId="customer">
          <ReviewList
            items={[
              {
                label: 'Organisation',
                value: attach ? `Attach the existing organisation ${values.orgId}` : 'Create a new organisation',
              },
              ...(attach
                ? []
                : [
                    { label: 'Company name', value: values.customerInfo.name },
                    { label: 'Administrator e-mail', value: values.customerInfo.primaryEmail },
                    {
                      label: 'Language',
                      value: values.customerInfo.language
                        ? languageName(values.customerInfo.language)
                        : 'The template’s language',
                    },
                  ]),
              { label: 'External ID', value: values.externalId },
              { label: 'Onboarding template', value: template ? template.name : values.provisioningId },
            ]}
          />
        </ReviewSection>
        <ReviewSection wizard={wizard} stepId="packages">
          <ReviewList
            items={[
              { label: 'Packages', value: body.packages.map(packageLabel).join(', ') },
              {
                label: 'Limits',
                value:
                  Object.keys(limits).length > 0
                    ? Object.entries(limits)
                        .map(([p, n]) => `${packageLabel(p)}: ${n}`)
                        .join(', ')
                    : 'No limits',
              },
            ]}
          />
        </ReviewSection>
        <ReviewSection wizard={wizard} stepId="location">
          <ReviewList
            items={[
              {
                label: 'Billing address',
                value: [
                  address.addressLine1,
                  address.addressLine2,
                  [address.city, address.stateOrProvince, address.zipOrPostalCode].filter(Boolean).join(' '),
                  countryName(address.country),
                ]
                  .filter(Boolean)
                  .join(', '),
              },
              ...(location
                ? [
                    { label: 'Calling location', value: location.name },
                    { label: 'Time zone', value: timezoneName(location.timezone) },
                    { label: 'Announcement language', value: languageName(location.language) },
                  ]
                : []),
              { label: 'Supported location', value: values.verifiedLocation ? 'Verified' : 'Not verified' },
            ]}
          />
        </ReviewSection>
      </div>
      <PrecheckPanel wizard={wizard} />
      <section aria-labelledby="request-heading" className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-3">
          <h3 id="request-heading" className="text-sm font-semibold text-fg">
            The request that will be sent
          </h3>
          <CopyButton value={json} label="Copy request" />
        </div>
        <p className="text-[13px] text-fg-muted">
          POST /v1/wholesale/customers
          {attach ? ' — with orgId and without customerInfo, as attaching requires.' : ''}
        </p>
        {/* A scrolling region must be reachable by keyboard to be read (axe scrollable-region-focusable). */}
        <pre
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-label="Request body (JSON)"
          className="max-h-80 overflow-auto rounded-md border border-line bg-surface-muted p-3 font-mono text-xs leading-5 text-fg"
        >
          {json}
        </pre>
      </section>
    </div>
  );
}

import { useState } from 'react';
import { CircleCheck, ShieldCheck } from 'lucide-react';
import { applyServerErrors, describeServerError, type PlacedServerError } from '@/shared/forms/apply-server-errors';
import { useOrgApi } from '@/shared/api/org-api';
import type { ApiErrorItem } from '@/shared/api/api-error';
import { Button } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/error-state';
import type { Wizard } from '@/shared/wizard/use-wizard';
import { stepOfField } from '@/shared/wizard/wizard-steps';
import { precheckCustomer, type PrecheckVerdict } from '../api/provisioning';
import { CUSTOMER_STEPS, type CustomerForm } from '../lib/customer-form';
import { CUSTOMER_FIELD_MAP, toPrecheckRequest } from '../lib/customer-request';

type Verdict =
  | { kind: 'idle' }
  | { kind: 'passed'; verdict: PrecheckVerdict }
  | { kind: 'refused'; error: unknown; placed: PlacedServerError[]; unplaced: ApiErrorItem[] };

const FIELDS = CUSTOMER_STEPS.flatMap((s) => s.fields);

/**
 * "Check before creating": the precheck API answers what provisioning would, without
 * creating anything. A problem about a field is put on that field (its step shows it in
 * the step list) and listed here with a link to the step; the rest is a banner.
 */
export function PrecheckPanel({ wizard }: { wizard: Wizard<CustomerForm> }) {
  const api = useOrgApi();
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>({ kind: 'idle' });

  async function check() {
    setChecking(true);
    try {
      const result = await precheckCustomer(api, toPrecheckRequest(wizard.form.getValues()));
      setVerdict({ kind: 'passed', verdict: result });
    } catch (error) {
      const placed = applyServerErrors(error, {
        setError: wizard.form.setError,
        fields: FIELDS,
        stepOfField: (field) => stepOfField(CUSTOMER_STEPS, field),
        fieldMap: CUSTOMER_FIELD_MAP,
      });
      setVerdict({ kind: 'refused', error, placed: placed.placed, unplaced: placed.unplaced });
    } finally {
      setChecking(false);
    }
  }

  return (
    <section aria-labelledby="precheck-heading" className="rounded-md border border-line px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h3 id="precheck-heading" className="text-sm font-semibold text-fg">
            Check before creating
          </h3>
          <p className="text-[13px] text-fg-muted">
            Asks Webex whether this customer would provision: e-mail already used, external ID taken, organisation not
            attachable. Nothing is created.
          </p>
        </div>
        <Button icon={<ShieldCheck />} loading={checking} onClick={() => void check()}>
          Run check
        </Button>
      </div>
      <div aria-live="polite">
        {verdict.kind === 'passed' ? (
          <p className="mt-3 flex items-start gap-2 rounded-md bg-success-soft px-3 py-2 text-[13px] text-success-soft-fg">
            <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              <strong>Check passed.</strong>{' '}
              {verdict.verdict.info.map((i) => i.description).join(' ') || 'Provisioning is likely to succeed.'}
              {verdict.verdict.info[0]?.code !== null && verdict.verdict.info[0]?.code !== undefined
                ? ` (info ${verdict.verdict.info[0].code})`
                : ''}
            </span>
          </p>
        ) : null}
        {verdict.kind === 'refused' && verdict.placed.length > 0 ? (
          <div className="mt-3 rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger-soft-fg">
            <p className="font-semibold">The check found {verdict.placed.length === 1 ? 'a problem' : 'problems'}:</p>
            <ul className="mt-1 flex flex-col gap-1">
              {verdict.placed.map((p) => {
                const step = CUSTOMER_STEPS.find((s) => s.id === stepOfField(CUSTOMER_STEPS, p.field));
                return (
                  <li key={p.field}>
                    {step ? (
                      <button type="button" className="font-medium underline" onClick={() => wizard.goTo(step.id)}>
                        {step.title}
                      </button>
                    ) : null}
                    {step ? ': ' : ''}
                    {p.message}
                  </li>
                );
              })}
              {verdict.unplaced.map((item, i) => (
                <li key={`unplaced-${i}`}>{describeServerError(item)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {verdict.kind === 'refused' && verdict.placed.length === 0 ? (
          <div className="mt-3 rounded-md border border-danger px-3">
            <ErrorState compact error={verdict.error} title="The check did not pass" />
          </div>
        ) : null}
      </div>
    </section>
  );
}

import { useRef } from 'react';
import { FormProvider, useForm, useFormContext, useFormState, type Path } from 'react-hook-form';
import { Download, Save, Upload } from 'lucide-react';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { FormInput } from '@/shared/forms/form-input';
import { Button } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { Input } from '@/shared/ui/input';
import { toast } from '@/shared/ui/toast-store';
import { formatInstant } from '../../reports/lib/report-format';
import {
  parsePriceBookJson,
  PriceBookInvalidError,
  toPriceBookJson,
  useSavePriceBook,
  type StoredPriceBook,
} from '../api/price-book-api';
import { fromForm, skuRows, toForm, type PriceBookForm } from '../lib/price-book-form';
import { saveFile } from '@/shared/lib/save-file';

export interface PriceBookEditorProps {
  stored: StoredPriceBook;
  canEdit: boolean;
}

export function PriceBookEditor({ stored, canEdit }: PriceBookEditorProps) {
  const form = useForm<PriceBookForm>({ defaultValues: toForm(stored) });
  const rows = skuRows(stored);
  const fileInput = useRef<HTMLInputElement>(null);
  const save = useSavePriceBook({
    onSuccess: () => toast({ tone: 'success', title: 'Price book saved' }),
  });

  const submit = form.handleSubmit(async (values) => {
    const checked = fromForm(values);
    if (!checked.ok) {
      for (const [field, message] of Object.entries(checked.errors))
        form.setError(field as Path<PriceBookForm>, { type: 'rule', message });
      const first = Object.keys(checked.errors)[0];
      if (first) form.setFocus(first as Path<PriceBookForm>);
      return;
    }
    try {
      await save.mutateAsync(checked.book);
      form.reset(toForm(checked.book));
    } catch (error) {
      if (error instanceof PriceBookInvalidError) {
        for (const [field, message] of Object.entries(error.errors))
          form.setError(field as Path<PriceBookForm>, { type: 'rule', message });
        return;
      }
      applyServerErrors(error, { setError: form.setError });
    }
  });

  async function importFile(file: File) {
    const parsed = parsePriceBookJson(await file.text());
    if (!parsed.ok) {
      toast({ tone: 'error', title: 'The file was not imported', description: parsed.message });
      return;
    }
    form.reset(toForm(parsed.book), { keepDefaultValues: true });
    toast({
      title: 'Price book imported',
      description: canEdit ? 'Check the prices, then save.' : 'Shown here only: you cannot save changes.',
    });
  }

  function exportFile() {
    const checked = fromForm(form.getValues());
    const book = checked.ok ? checked.book : { ...stored };
    saveFile(toPriceBookJson(book), `price-book-${book.currency.toLowerCase()}.json`, 'application/json');
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Price book">
        <Card className="flex flex-col">
          <div className="flex flex-wrap items-start gap-4 border-b border-line px-5 py-4">
            <FormInput<PriceBookForm>
              name="currency"
              label="Currency"
              hint="ISO 4217 code, e.g. USD"
              required
              readOnly={!canEdit}
              maxLength={3}
              autoComplete="off"
              fieldClassName="flex w-40 flex-col gap-1.5"
            />
            <FormInput<PriceBookForm>
              name="taxRatePercent"
              label="Tax rate on resale (%)"
              hint="Up to 4 decimals, e.g. 8.875"
              required
              readOnly={!canEdit}
              inputMode="decimal"
              autoComplete="off"
              fieldClassName="flex w-52 flex-col gap-1.5"
            />
            <p className="ml-auto max-w-xs text-[13px] text-fg-muted">
              Prices are per unit and month; a report prorates them by the days each package was held.
              {stored.updatedAt ? ` Last saved ${formatInstant(stored.updatedAt)}.` : ' Not saved yet.'}
            </p>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Unit prices per SKU</caption>
              <thead>
                <tr className="border-b border-line text-xs font-semibold tracking-wide text-fg-muted uppercase">
                  <th scope="col" className="px-5 py-2.5">
                    Package
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    Transfer price (Cisco)
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    Resale price (you)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <PriceRowView key={row.sku} sku={row.sku} label={row.label} readOnly={!canEdit} />
                ))}
              </tbody>
            </table>
          </div>
          {save.error && !(save.error instanceof PriceBookInvalidError) ? (
            <div className="px-5 pt-3">
              <ErrorState compact error={save.error} title="The price book was not saved" />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-5 py-3">
            <div className="flex gap-2">
              <Button icon={<Download />} onClick={exportFile}>
                Export JSON
              </Button>
              <Button icon={<Upload />} onClick={() => fileInput.current?.click()}>
                Import JSON
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept="application/json,.json"
                className="sr-only"
                tabIndex={-1}
                aria-label="Price book JSON file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void importFile(file);
                }}
              />
            </div>
            {canEdit ? (
              <SaveButton saving={save.isPending} />
            ) : (
              <p className="text-[13px] text-fg-muted">
                You can view the price book; saving needs billing write access.
              </p>
            )}
          </div>
        </Card>
      </form>
    </FormProvider>
  );
}

function SaveButton({ saving }: { saving: boolean }) {
  const { isDirty } = useFormState<PriceBookForm>();
  return (
    <Button type="submit" variant="primary" icon={<Save />} loading={saving} disabled={!isDirty && !saving}>
      Save price book
    </Button>
  );
}

function PriceCell({ name, label, readOnly }: { name: Path<PriceBookForm>; label: string; readOnly: boolean }) {
  const { register, formState } = useFormContext<PriceBookForm>();
  const [, sku, field] = name.split('.') as [string, string, 'transferPrice' | 'resalePrice'];
  const error = formState.errors.prices?.[sku]?.[field]?.message;
  const errorId = `${name}-error`;
  return (
    <td className="px-3 py-2 align-top">
      <Input
        {...register(name)}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        readOnly={readOnly}
        inputMode="decimal"
        autoComplete="off"
        placeholder="Not priced"
        className="w-36 tabular-nums"
      />
      {error ? (
        <p id={errorId} className="mt-1 max-w-xs text-xs text-danger">
          {error}
        </p>
      ) : null}
    </td>
  );
}

function PriceRowView({ sku, label, readOnly }: { sku: string; label: string | null; readOnly: boolean }) {
  const name = label ?? sku;
  return (
    <tr className="border-b border-line last:border-0">
      <th scope="row" className="px-5 py-2 align-top font-normal">
        <span className="block font-medium text-fg">{name}</span>
        <span className="font-mono text-xs text-fg-muted">{sku}</span>
      </th>
      <PriceCell name={`prices.${sku}.transferPrice`} label={`Transfer price of ${name}`} readOnly={readOnly} />
      <PriceCell name={`prices.${sku}.resalePrice`} label={`Resale price of ${name}`} readOnly={readOnly} />
    </tr>
  );
}

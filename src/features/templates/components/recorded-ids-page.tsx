import { useId, useMemo, useRef, useState } from 'react';
import { useForm, FormProvider } from 'react-hook-form';
import { Download, Plus, Trash2, Upload } from 'lucide-react';
import {
  RECORDED_NAME_MAX,
  parseRecordedJson,
  toRecordedJson,
  useRecordedProvisioningIds,
  type RecordedProvisioningId,
} from '@/shared/provisioning-ids/recorded-provisioning-ids';
import { FormInput } from '@/shared/forms/form-input';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button } from '@/shared/ui/button';
import { Card, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { Dialog } from '@/shared/ui/dialog';
import { EmptyState } from '@/shared/ui/empty-state';
import { IconButton } from '@/shared/ui/icon-button';
import { PageHeader } from '@/shared/ui/page-header';
import { toast } from '@/shared/ui/toast-store';
import { TEMPLATES_DESCRIPTION } from '../lib/copy';
import { formatDay } from '../lib/format';
import { useTemplateWriteAccess } from './use-write-access';
import { saveFile } from '@/shared/lib/save-file';

interface RecordForm {
  name: string;
  provisioningId: string;
}

const col = dataTableColumns<RecordedProvisioningId>();
const NO_ROWS: readonly RecordedProvisioningId[] = [];

function columns(canWrite: boolean, onRemove: (entry: RecordedProvisioningId) => void) {
  return col.columns([
    col.accessor('name', { header: 'Name', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
    col.accessor('provisioningId', {
      header: 'Provisioning ID',
      cell: ({ row }) => (
        <span className="inline-flex items-center gap-1">
          <span className="font-mono text-xs break-all">{row.original.provisioningId}</span>
          <CopyButton value={row.original.provisioningId} label={`Copy the provisioning ID of ${row.original.name}`} />
        </span>
      ),
    }),
    col.accessor('recordedAt', { header: 'Recorded', cell: ({ getValue }) => formatDay(getValue()) }),
    ...(canWrite
      ? [
          col.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            cell: ({ row }) => (
              <IconButton
                size="sm"
                icon={<Trash2 />}
                label={`Remove ${row.original.name}`}
                onClick={() => onRemove(row.original)}
              />
            ),
          }),
        ]
      : []),
  ]);
}

/**
 * The Templates section against the real Webex API, which has no template API: it says so,
 * and keeps the provisioning IDs the admin copies from Partner Hub, by name, in this
 * browser (the customer wizard offers them).
 */
export function RecordedIdsPage() {
  const org = useActingOrg();
  const recorded = useRecordedProvisioningIds();
  const access = useTemplateWriteAccess('create');
  const canWrite = access.show && access.disabledReason === null;
  const [removing, setRemoving] = useState<RecordedProvisioningId | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const form = useForm<RecordForm>({ defaultValues: { name: '', provisioningId: '' } });
  const tableColumns = useMemo(() => columns(canWrite, setRemoving), [canWrite]);

  const submit = form.handleSubmit((values) => {
    const result = recorded.record(values);
    if (!result.ok) {
      form.setError(result.field, { type: 'local', message: result.message });
      return;
    }
    toast({ tone: 'success', title: `Recorded ${values.name.trim()}` });
    form.reset();
  });

  async function importFile(file: File) {
    const parsed = parseRecordedJson(await file.text());
    if (!parsed.ok) {
      toast({ tone: 'error', title: 'Nothing imported', description: parsed.message });
      return;
    }
    recorded.importItems(parsed.items);
    toast({ tone: 'success', title: `Imported ${parsed.items.length} provisioning IDs` });
  }

  return (
    <>
      <PageHeader
        title="Templates"
        description={TEMPLATES_DESCRIPTION}
        actions={
          <>
            {canWrite ? (
              <>
                <Button icon={<Upload />} onClick={() => fileRef.current?.click()}>
                  Import JSON
                </Button>
                <input
                  ref={fileRef}
                  type="file"
                  accept="application/json,.json"
                  className="sr-only"
                  tabIndex={-1}
                  aria-hidden="true"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) void importFile(file);
                  }}
                />
              </>
            ) : null}
            <Button
              icon={<Download />}
              disabled={recorded.items.length === 0}
              onClick={() =>
                saveFile(toRecordedJson(recorded.items), `provisioning-ids-${org.id}.json`, 'application/json')
              }
            >
              Export JSON
            </Button>
          </>
        }
      />
      <div className="mb-6 rounded-md bg-info-soft px-4 py-3 text-info-soft-fg">
        <p className="font-medium">The Webex API has no onboarding-template API.</p>
        <p className="mt-1">
          Create templates in Partner Hub (Customers › Onboarding templates), copy each one’s Provisioning ID from its
          page, and record it here by name. The customer wizard offers the IDs recorded here. They are kept in this
          browser only: export them to use them on another computer.
        </p>
      </div>
      <Card aria-labelledby={headingId}>
        <CardHeader id={headingId} title="Recorded provisioning IDs" description={`For ${org.name}.`} />
        {canWrite ? (
          <FormProvider {...form}>
            <form
              noValidate
              onSubmit={(event) => void submit(event)}
              className="grid items-start gap-3 px-5 pt-3 pb-4 sm:grid-cols-[1fr_1.5fr_auto]"
              aria-label="Record a provisioning ID"
            >
              <FormInput<RecordForm>
                name="name"
                label="Template name"
                required
                maxLength={RECORDED_NAME_MAX}
                autoComplete="off"
              />
              <FormInput<RecordForm>
                name="provisioningId"
                label="Provisioning ID"
                required
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
              />
              <Button type="submit" variant="primary" icon={<Plus />} className="sm:mt-[22px]">
                Record
              </Button>
            </form>
          </FormProvider>
        ) : null}
        <div className="border-t border-line">
          <DataTable
            caption="Recorded provisioning IDs"
            columns={tableColumns}
            data={recorded.items.length ? recorded.items : NO_ROWS}
            getRowId={(entry) => entry.provisioningId}
            empty={
              <EmptyState
                variant="empty"
                title="No provisioning IDs recorded"
                description="Record the Provisioning ID of each Partner Hub template you provision customers with."
              />
            }
          />
        </div>
      </Card>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Remove ${removing?.name ?? ''}?`}
        description="Only this browser’s record is removed; the template in Partner Hub is not touched."
        size="sm"
        footer={
          <>
            <Button onClick={() => setRemoving(null)}>Cancel</Button>
            <Button
              variant="danger"
              onClick={() => {
                if (removing) recorded.forget(removing.provisioningId);
                setRemoving(null);
              }}
            >
              Remove
            </Button>
          </>
        }
      />
    </>
  );
}

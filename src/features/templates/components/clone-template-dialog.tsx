import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from '@tanstack/react-router';
import { TEMPLATE_NAME_MAX, type HubTemplate } from '@contract/hub';
import { useCloneTemplate } from '@/shared/api/templates';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { FormInput } from '@/shared/forms/form-input';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { toast } from '@/shared/ui/toast-store';

interface CloneForm {
  name: string;
}

function copyName(name: string): string {
  return `Copy of ${name}`.slice(0, TEMPLATE_NAME_MAX);
}

/** Copies every setting into a new template with its own Provisioning ID; only the name is asked. */
export function CloneTemplateDialog({
  template,
  open,
  onClose,
}: {
  template: HubTemplate;
  open: boolean;
  onClose: () => void;
}) {
  const org = useActingOrg();
  const navigate = useNavigate();
  const formId = useId();
  const form = useForm<CloneForm>({ defaultValues: { name: copyName(template.name) } });
  const clone = useCloneTemplate({
    onSuccess: (copy) => {
      toast({ tone: 'success', title: `Cloned as ${copy.name}`, description: 'It has its own Provisioning ID.' });
      onClose();
      void navigate({
        to: '/o/$orgId/templates/$templateId',
        params: { orgId: org.id, templateId: copy.id },
      });
    },
  });
  const submit = form.handleSubmit(async (values) => {
    const name = values.name.trim();
    if (!name) {
      form.setError('name', { type: 'required', message: 'Enter a name for the copy.' });
      return;
    }
    try {
      await clone.mutateAsync({ templateId: template.id, name });
    } catch (error) {
      // A name clash belongs next to the name; only what no field shows stays in the banner.
      const result = applyServerErrors(error, { setError: form.setError, fields: ['name'] });
      if (result.placed.length > 0 && result.unplaced.length === 0) clone.reset();
    }
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Clone ${template.name}`}
      description="The copy gets every setting of this template and its own Provisioning ID."
      dismissible={false}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" loading={clone.isPending}>
            Clone template
          </Button>
        </>
      }
    >
      <FormProvider {...form}>
        <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-3 pb-2">
          <FormInput<CloneForm>
            name="name"
            label="Name of the copy"
            hint="Unique among your templates (case is ignored)."
            required
            maxLength={TEMPLATE_NAME_MAX}
            autoComplete="off"
          />
          {clone.error ? <ErrorState compact error={clone.error} title="Could not clone the template" /> : null}
        </form>
      </FormProvider>
    </Dialog>
  );
}

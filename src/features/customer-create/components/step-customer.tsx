import { useFormContext, useWatch } from 'react-hook-form';
import { Link } from '@tanstack/react-router';
import { MEETING_SITE_UNSUPPORTED_LANGUAGES, findCountry } from '@contract/reference-data';
import { FormInput } from '@/shared/forms/form-input';
import { FormRadioGroup } from '@/shared/forms/form-radio-group';
import { FormSelect } from '@/shared/forms/form-select';
import { useActingOrg } from '@/shared/session/acting-org';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { useTemplateChoices, type TemplateChoice } from '../api/use-template-choices';
import { CUSTOMER_NAME_MAX, EXTERNAL_ID_MAX, type CustomerForm } from '../lib/customer-form';
import { LANGUAGE_OPTIONS, languageName } from '../lib/labels';
import { AttachExplainer } from './attach-explainer';

export function CustomerStep() {
  const { control } = useFormContext<CustomerForm>();
  const mode = useWatch({ control, name: 'mode' });
  return (
    <>
      <FormRadioGroup<CustomerForm>
        name="mode"
        legend="Webex organisation"
        required
        layout="grid"
        options={[
          {
            value: 'new',
            label: 'Create a new Webex organisation',
            description: 'A new organisation named after the company; the administrator gets a welcome e-mail.',
          },
          {
            value: 'attach',
            label: 'Attach to an existing Webex organisation',
            description: 'Add wholesale services to an organisation that already uses Webex, by its org ID.',
          },
        ]}
      />
      {mode === 'attach' ? (
        <>
          <FormInput<CustomerForm>
            name="orgId"
            label="Organisation ID"
            hint="The existing organisation’s ID, from its Control Hub (Account → Organisation ID)."
            required
            autoComplete="off"
            spellCheck={false}
            fieldClassName="flex max-w-xl flex-col gap-1.5"
          />
          <AttachExplainer />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormInput<CustomerForm>
            name="customerInfo.name"
            label="Company name"
            hint="The new organisation’s name. The % character is not allowed."
            required
            maxLength={CUSTOMER_NAME_MAX}
            autoComplete="organization"
          />
          <FormInput<CustomerForm>
            name="customerInfo.primaryEmail"
            label="Administrator e-mail"
            hint="Becomes the customer’s first full administrator."
            required
            type="email"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput<CustomerForm>
          name="externalId"
          label="External ID"
          hint="Your own key for this customer (e.g. your billing account number); unique among your customers."
          required
          maxLength={EXTERNAL_ID_MAX}
          autoComplete="off"
          spellCheck={false}
        />
        <TemplateField />
      </div>
      {mode === 'new' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <LanguageField />
        </div>
      ) : null}
    </>
  );
}

function useChosenTemplate(): TemplateChoice | undefined {
  const { control } = useFormContext<CustomerForm>();
  const provisioningId = useWatch({ control, name: 'provisioningId' });
  const choices = useTemplateChoices();
  return choices.kind === 'hub' || choices.kind === 'recorded'
    ? choices.choices.find((c) => c.provisioningId === provisioningId)
    : undefined;
}

function TemplateField() {
  const org = useActingOrg();
  const choices = useTemplateChoices();
  if (choices.kind === 'loading')
    return (
      <div className="flex flex-col gap-1.5" aria-busy="true">
        <span className="text-[13px] font-medium text-fg">Onboarding template</span>
        <Skeleton className="h-9 w-full" />
      </div>
    );
  if (choices.kind === 'error')
    return <ErrorState compact error={choices.error} title="Could not load your templates" onRetry={choices.retry} />;
  const templatesLink = (
    <Link to="/o/$orgId/templates" params={{ orgId: org.id }} className="text-brand-text underline">
      {choices.kind === 'hub' ? 'Templates' : 'record provisioning IDs'}
    </Link>
  );
  if (choices.choices.length === 0)
    return (
      <FormInput<CustomerForm>
        name="provisioningId"
        label="Provisioning ID"
        hint={
          <>
            {choices.kind === 'hub'
              ? 'You have no onboarding templates yet: create one in '
              : 'Paste it from the template’s page in Partner Hub, or '}
            {templatesLink}.
          </>
        }
        required
        autoComplete="off"
        spellCheck={false}
      />
    );
  return (
    <FormSelect<CustomerForm>
      name="provisioningId"
      label="Onboarding template"
      hint={
        choices.kind === 'hub' ? (
          <>Common settings every customer created with it gets. Manage them in {templatesLink}.</>
        ) : (
          <>The provisioning IDs you recorded for your Partner Hub templates. To add one, {templatesLink}.</>
        )
      }
      required
      placeholder="Choose a template"
      options={choices.choices.map((c) => ({ value: c.provisioningId, label: c.name }))}
    />
  );
}

function LanguageField() {
  const { control } = useFormContext<CustomerForm>();
  const language = useWatch({ control, name: 'customerInfo.language' });
  const template = useChosenTemplate()?.template;
  const englishSite = (MEETING_SITE_UNSUPPORTED_LANGUAGES as readonly string[]).includes(language);
  const fallback = template?.language
    ? `The template’s language (${languageName(template.language)})`
    : 'The template’s language';
  const country = template?.country ? findCountry(template.country)?.name : undefined;
  return (
    <FormSelect<CustomerForm>
      name="customerInfo.language"
      label="Language"
      hint={`The organisation’s preferred language and its meeting site’s.${country ? ` The template’s country is ${country}.` : ''}${englishSite ? ` Meeting sites do not offer ${languageName(language)}: the site will be in English.` : ''}`}
      options={[{ value: '', label: fallback }, ...LANGUAGE_OPTIONS]}
    />
  );
}

export { useChosenTemplate };

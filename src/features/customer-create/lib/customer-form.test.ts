import { describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { stepIssues, stepOfField, type WizardStepDef } from '@/shared/wizard/wizard-steps';
import { CUSTOMER_STEPS, emptyCustomerForm, type CustomerForm } from './customer-form';
import { CUSTOMER_FIELD_MAP, toPrecheckRequest, toProvisionRequest } from './customer-request';

const step = (id: string) => CUSTOMER_STEPS.find((s) => s.id === id) as WizardStepDef;

function filled(): CustomerForm {
  const form = emptyCustomerForm();
  form.customerInfo = { name: 'Alder Dental', primaryEmail: 'owner@alder.example', language: '' };
  form.externalId = 'acct-1';
  form.provisioningId = 'prov-1';
  form.packages = ['webex_calling', 'webex_meetings'];
  form.address = {
    addressLine1: '771 Alder Drive',
    addressLine2: '',
    city: 'Milpitas',
    stateOrProvince: 'ca',
    zipOrPostalCode: '95035',
    country: 'US',
  };
  form.location = { name: 'HQ', timezone: 'America/Los_Angeles', language: 'en_US', emergencyLocationIdentifier: '' };
  form.verifiedLocation = true;
  return form;
}

const paths = async (id: string, values: CustomerForm) => (await stepIssues(step(id), values)).map((i) => i.path);

describe('customer information step', () => {
  it('passes a complete new customer and checks nothing of the later steps', async () => {
    const values = { ...filled(), packages: [], address: emptyCustomerForm().address };
    expect(await paths('customer', values)).toEqual([]);
  });

  it('refuses a company name with %, a malformed e-mail and a missing external ID and template', async () => {
    const values = filled();
    values.customerInfo.name = '100% Dental';
    values.customerInfo.primaryEmail = 'owner@';
    values.externalId = '  ';
    values.provisioningId = '';
    const issues = await stepIssues(step('customer'), values);
    expect(issues.map((i) => i.path)).toEqual([
      'externalId',
      'provisioningId',
      'customerInfo.name',
      'customerInfo.primaryEmail',
    ]);
    expect(issues.find((i) => i.path === 'customerInfo.name')?.message).toBe(
      'Remove the % character: Webex does not allow it.',
    );
  });

  it('in attach mode asks for the org ID instead of a company name and administrator', async () => {
    const values = filled();
    values.mode = 'attach';
    values.customerInfo = { name: '', primaryEmail: '', language: '' };
    expect(await paths('customer', values)).toEqual(['orgId']);
    values.orgId = 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8x';
    expect(await paths('customer', values)).toEqual([]);
  });
});

describe('packages step', () => {
  it('needs a package, and names the missing prerequisite of an add-on', async () => {
    expect(await paths('packages', { ...filled(), packages: [] })).toEqual(['packageRules']);
    const issues = await stepIssues(step('packages'), {
      ...filled(),
      packages: ['webex_meetings', 'attendant_console'],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('Attendant Console needs one of: Webex Calling, Webex Suite, Customer Assist.');
    expect(await paths('packages', { ...filled(), packages: ['cisco_calling_plan', 'common_area_calling'] })).toEqual(
      [],
    );
  });

  it('accepts empty or whole-number limits only', async () => {
    const values = filled();
    values.limits.webex_calling = '2.5';
    values.limits.webex_meetings = '-1';
    values.limits.webex_suite = '10';
    expect(await paths('packages', values)).toEqual(['limits.webex_calling', 'limits.webex_meetings']);
  });
});

describe('headquarters location step', () => {
  it('passes a US address with calling details and the verification', async () => {
    expect(await paths('location', filled())).toEqual([]);
  });

  it('requires state and ZIP code in the US, not in Ireland', async () => {
    const values = filled();
    values.address.stateOrProvince = '';
    values.address.zipOrPostalCode = '';
    expect(await paths('location', values)).toEqual(['address.stateOrProvince', 'address.zipOrPostalCode']);
    values.address.country = 'IE';
    expect(await paths('location', values)).toEqual([]);
  });

  it('refuses a 51-character address line and a missing verification', async () => {
    const values = filled();
    values.address.addressLine1 = 'a'.repeat(51);
    values.verifiedLocation = false;
    expect(await paths('location', values)).toEqual(['address.addressLine1', 'verifiedLocation']);
  });

  it('asks for time zone and language only when a calling package is chosen', async () => {
    const values = filled();
    values.location = { name: '', timezone: '', language: '', emergencyLocationIdentifier: '' };
    expect(await paths('location', values)).toEqual(['location.name', 'location.timezone', 'location.language']);
    expect(await paths('location', { ...values, packages: ['webex_meetings'] })).toEqual([]);
  });
});

describe('the request', () => {
  it('sends the calling location at the billing address, the state as its upper-case ISO code and chosen limits only', () => {
    const values = filled();
    values.limits.webex_calling = '25';
    values.limits.webex_voice = '9'; // not a chosen package: not sent
    expect(toProvisionRequest(values)).toEqual({
      provisioningId: 'prov-1',
      packages: ['webex_calling', 'webex_meetings'],
      externalId: 'acct-1',
      address: {
        addressLine1: '771 Alder Drive',
        city: 'Milpitas',
        stateOrProvince: 'CA',
        zipOrPostalCode: '95035',
        country: 'US',
      },
      customerInfo: { name: 'Alder Dental', primaryEmail: 'owner@alder.example' },
      provisioningParameters: {
        calling: {
          location: {
            name: 'HQ',
            address: {
              addressLine1: '771 Alder Drive',
              city: 'Milpitas',
              stateOrProvince: 'CA',
              zipOrPostalCode: '95035',
              country: 'US',
            },
            timezone: 'America/Los_Angeles',
            language: 'en_US',
          },
        },
        packages: { limits: { webex_calling: 25 } },
      },
    });
  });

  it('attaches with orgId and without customerInfo', () => {
    const values = { ...filled(), mode: 'attach' as const, orgId: 'org-9', packages: ['webex_meetings'] };
    const body = toProvisionRequest(values);
    expect(body.orgId).toBe('org-9');
    expect(body).not.toHaveProperty('customerInfo');
    expect(body).not.toHaveProperty('provisioningParameters');
    expect(toPrecheckRequest(values)).not.toHaveProperty('customerInfo');
  });
});

describe('server errors on this wizard', () => {
  function place(items: { description: string; errorCode: number | null; field?: string }[]) {
    const errors: Record<string, string> = {};
    const result = applyServerErrors<CustomerForm>(
      new ApiError({ kind: 'http', status: 400, message: 'Bad request', items }),
      {
        setError: (field, error) => void (errors[field] = error.message ?? ''),
        fields: CUSTOMER_STEPS.flatMap((s) => s.fields),
        stepOfField: (field) => stepOfField(CUSTOMER_STEPS, field),
        fieldMap: CUSTOMER_FIELD_MAP,
      },
    );
    return { errors, result };
  }

  it('lands an e-mail conflict on the administrator e-mail of the first step, with code and explanation', () => {
    const { errors, result } = place([
      {
        description: '"a@b.example" is already associated with an existing user',
        errorCode: 10022,
        field: 'customerInfo.primaryEmail',
      },
    ]);
    expect(result.step).toBe('customer');
    expect(errors['customerInfo.primaryEmail']).toMatch(
      /^"a@b\.example" is already associated with an existing user\. /,
    );
    expect(errors['customerInfo.primaryEmail']).toMatch(/\(Webex error 10022\)$/);
  });

  it('maps calling-location paths to the location step and a code without a field to its catalogue field', () => {
    const { errors, result } = place([
      {
        description: 'is not a supported time zone',
        errorCode: 1012,
        field: 'provisioningParameters.calling.location.timezone',
      },
      {
        description: 'line too long',
        errorCode: 1005,
        field: 'provisioningParameters.calling.location.address.addressLine1',
      },
      { description: 'already used', errorCode: 1205 },
    ]);
    expect(Object.keys(errors)).toEqual(['location.timezone', 'address.addressLine1', 'externalId']);
    expect(result.steps).toEqual(['location', 'customer']);
  });

  it('leaves an error about no field of the form to the banner', () => {
    const { result } = place([{ description: 'suspended', errorCode: 1213 }]);
    expect(result.placed).toEqual([]);
    expect(result.unplaced).toHaveLength(1);
  });
});

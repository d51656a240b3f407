import { describe, expect, it, vi } from 'vitest';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { HubTemplate } from '@contract/hub';
import { CUSTOMER_PACKAGES } from '@contract/packages';
import { ApiError, type ApiErrorItem } from '@/shared/api/api-error';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { stepIssues, stepOfField } from '@/shared/wizard/wizard-steps';
import {
  TEMPLATE_STEPS,
  emptyTemplateForm,
  templateToForm,
  toTemplateRequest,
  type TemplateForm,
} from './template-form';

/** A form every step accepts: meetings only, Webex authentication, no PSTN provider. */
function valid(overrides: Partial<TemplateForm> = {}): TemplateForm {
  return {
    ...emptyTemplateForm('SubA1B2C3'),
    offeredPackages: ['webex_meetings'],
    name: 'Retail meetings',
    country: 'FR',
    language: 'fr_FR',
    timezone: 'Europe/Paris',
    ...overrides,
  };
}

async function issues(stepId: string, values: TemplateForm) {
  const step = TEMPLATE_STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return (await stepIssues(step, values)).map(({ path, message }) => ({ path, message }));
}

describe('template step schemas', () => {
  it('accept a complete meetings-only form on every step', async () => {
    for (const step of TEMPLATE_STEPS) expect(await issues(step.id, valid()), step.id).toEqual([]);
  });

  it('each step checks only its own fields', async () => {
    const empty = emptyTemplateForm('');
    // Nothing is filled in, yet the settings step (which has defaults) has nothing to say.
    expect(await issues('settings', empty)).toEqual([]);
    expect((await issues('offer', empty)).map((i) => i.path)).toEqual(['offeredPackages']);
    expect((await issues('basics', empty)).map((i) => i.path)).toEqual(['name', 'country', 'language', 'timezone']);
    expect((await issues('subscription', empty)).map((i) => i.path)).toEqual(['subscriptionId']);
  });

  it('offer: at least one package', async () => {
    expect(await issues('offer', valid({ offeredPackages: [] }))).toEqual([
      {
        path: 'offeredPackages',
        message: 'Choose at least one package that customers created with this template may have.',
      },
    ]);
  });

  it('basics: a name of spaces is no name, 81 characters are too many, unknown codes are refused', async () => {
    expect(await issues('basics', valid({ name: '   ' }))).toEqual([
      { path: 'name', message: 'Enter a template name.' },
    ]);
    expect(await issues('basics', valid({ name: 'x'.repeat(81) }))).toEqual([
      { path: 'name', message: 'Use at most 80 characters.' },
    ]);
    expect(await issues('basics', valid({ name: 'x'.repeat(80) }))).toEqual([]);
    expect(await issues('basics', valid({ country: 'XX', language: 'xx_XX', timezone: 'Mars/Olympus' }))).toEqual([
      { path: 'country', message: 'Choose the country of the customer administrators.' },
      { path: 'language', message: 'Choose a language.' },
      { path: 'timezone', message: 'Choose a time zone.' },
    ]);
  });

  it('authentication: SAML needs the IdP entity ID, OpenID Connect the IdP name, Webex neither', async () => {
    const auth = (mode: TemplateForm['authentication']['mode'], idpEntityId = '', idpName = '') =>
      valid({ authentication: { mode, idpEntityId, idpName } });
    expect(await issues('authentication', auth('webex'))).toEqual([]);
    expect(await issues('authentication', auth('partner_sso_saml', '  '))).toEqual([
      {
        path: 'authentication.idpEntityId',
        message: 'Enter the IdP entity ID from your identity provider’s SAML metadata.',
      },
    ]);
    // The other mode's field does not count.
    expect(await issues('authentication', auth('partner_sso_oidc', 'https://idp.example.com'))).toEqual([
      { path: 'authentication.idpName', message: 'Enter the IdP name registered for your partner organisation.' },
    ]);
    expect(await issues('authentication', auth('partner_sso_saml', 'https://idp.example.com'))).toEqual([]);
    expect(await issues('authentication', auth('partner_sso_oidc', '', 'Acme IdP'))).toEqual([]);
  });

  it('calling: the PSTN provider is optional for meetings only and required once a calling package is offered', async () => {
    expect(await issues('calling', valid({ offeredPackages: ['webex_meetings'], pstnProvider: '' }))).toEqual([]);
    for (const offered of [['webex_calling'], ['webex_meetings', 'webex_suite'], ['common_area_calling']]) {
      expect(await issues('calling', valid({ offeredPackages: offered, pstnProvider: ' ' })), offered.join()).toEqual([
        { path: 'pstnProvider', message: 'Enter the PSTN provider: this template offers calling packages.' },
      ]);
    }
    expect(await issues('calling', valid({ offeredPackages: ['webex_calling'], pstnProvider: 'Acme PSTN' }))).toEqual(
      [],
    );
  });

  it('settings: each call setting once (ignoring case), numbers are numbers, on/off is true or false', async () => {
    const rows = (...callSettings: TemplateForm['callSettings']) => valid({ callSettings });
    expect(
      await issues(
        'settings',
        rows(
          { name: 'callerIdName', value: 'Acme', kind: 'text' },
          { name: 'CallerIdName ', value: 'Other', kind: 'text' },
          { name: 'maxCalls', value: 'ten', kind: 'number' },
          { name: 'recording', value: 'yes', kind: 'boolean' },
          { name: '', value: '', kind: 'text' },
        ),
      ),
    ).toEqual([
      { path: 'callSettings.2.value', message: 'Enter a number.' },
      { path: 'callSettings.3.value', message: 'Choose on or off.' },
      { path: 'callSettings.4.name', message: 'Name the setting.' },
      // The duplicate check looks at the whole list, after each row's own checks.
      { path: 'callSettings.1.name', message: 'Each setting may appear once.' },
    ]);
    expect(
      await issues(
        'settings',
        rows(
          { name: 'maxCalls', value: '12.5', kind: 'number' },
          { name: 'recording', value: 'false', kind: 'boolean' },
        ),
      ),
    ).toEqual([]);
  });
});

describe('template form ↔ hub API', () => {
  it('sends only the chosen mode’s IdP field, no PSTN provider as null, and typed call settings', () => {
    const body = toTemplateRequest(
      valid({
        name: '  Retail meetings  ',
        authentication: { mode: 'partner_sso_oidc', idpEntityId: 'left over', idpName: ' Acme IdP ' },
        pstnProvider: '   ',
        commonSettings: { allowAdminInviteEmailsOnAttach: false },
        callSettings: [
          { name: ' callerIdName ', value: ' Acme ', kind: 'text' },
          { name: 'maxCalls', value: '12', kind: 'number' },
          { name: 'recording', value: 'true', kind: 'boolean' },
        ],
      }),
    );
    expect(body).toEqual({
      name: 'Retail meetings',
      offerType: 'webex_for_wholesale',
      country: 'FR',
      language: 'fr_FR',
      timezone: 'Europe/Paris',
      subscriptionId: 'SubA1B2C3',
      authentication: { mode: 'partner_sso_oidc', idpName: 'Acme IdP' },
      offeredPackages: ['webex_meetings'],
      pstnProvider: null,
      commonSettings: { allowAdminInviteEmailsOnAttach: false },
      callSettings: { callerIdName: 'Acme', maxCalls: 12, recording: true },
    });
  });

  it('opens a stored template for editing; one that lists no packages offers them all', () => {
    const stored: HubTemplate = {
      id: 'T1',
      name: 'Standard SMB',
      provisioningId: 'P1',
      offerType: 'webex_for_wholesale',
      country: 'US',
      language: 'en_US',
      timezone: 'America/New_York',
      subscriptionId: 'SubA1B2C3',
      authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com' },
      pstnProvider: null,
      commonSettings: { allowAdminInviteEmailsOnAttach: true },
      callSettings: { maxCalls: 4, recording: false, greeting: 'Hello' },
      created: '2026-03-12T09:00:00.000Z',
    } as HubTemplate;
    const form = templateToForm(stored);
    expect(form).toMatchObject({
      offeredPackages: [...CUSTOMER_PACKAGES],
      pstnProvider: '',
      authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com', idpName: '' },
      callSettings: [
        { name: 'maxCalls', value: '4', kind: 'number' },
        { name: 'recording', value: 'false', kind: 'boolean' },
        { name: 'greeting', value: 'Hello', kind: 'text' },
      ],
    });
    // And back: the same settings are sent.
    expect(toTemplateRequest(form).callSettings).toEqual({ maxCalls: 4, recording: false, greeting: 'Hello' });
  });
});

describe('hub refusals land on the template wizard’s fields and steps', () => {
  const fields = TEMPLATE_STEPS.flatMap((s) => s.fields);
  function place(items: ApiErrorItem[], status = 400) {
    const calls: Record<string, string> = {};
    const setError = vi.fn((name: string, error: { message?: string }) => {
      calls[name] = error.message ?? '';
    }) as unknown as UseFormSetError<FieldValues>;
    const error = new ApiError({ kind: 'http', status, message: items[0]?.description ?? 'refused', items });
    const result = applyServerErrors(error, {
      setError,
      fields,
      stepOfField: (field) => stepOfField(TEMPLATE_STEPS, field),
    });
    return { calls, result };
  }

  it('a name already used (1301, 409) goes to the name on the basic settings step', () => {
    const { calls, result } = place(
      [
        {
          description: 'name "standard smb" is already the name of another of your templates',
          errorCode: 1301,
          field: 'name',
        },
      ],
      409,
    );
    expect(result.steps).toEqual(['basics']);
    expect(calls).toEqual({
      name: '"standard smb" is already the name of another of your templates. Another onboarding template of this organisation has this name (names ignore case). Choose another name. (Webex error 1301)',
    });
  });

  it('codes sent without a field use the catalogue’s field: 1303 → subscription, 1305 → PSTN provider', () => {
    const { calls, result } = place([
      { description: 'that subscription is not one of yours', errorCode: 1303 },
      { description: 'pstnProvider is required because the template offers calling packages', errorCode: 1305 },
    ]);
    expect(result.steps).toEqual(['subscription', 'calling']);
    expect(Object.keys(calls)).toEqual(['subscriptionId', 'pstnProvider']);
    expect(calls.pstnProvider).toBe(
      'Is required because the template offers calling packages. A template that offers calling packages needs a cloud-connected PSTN provider. Meetings-only templates may leave it out. (Webex error 1305)',
    );
    expect(result.unplaced).toEqual([]);
  });

  it('an IdP refusal lands on the IdP field it names; a call setting’s on the call settings; a refusal about the template itself goes to the banner', () => {
    const { calls, result } = place([
      {
        description: 'authentication.idpName is required for partner_sso_oidc',
        errorCode: 1304,
        field: 'authentication.idpName',
      },
      { description: 'callSettings.maxCalls must be a number', errorCode: 1000, field: 'callSettings.maxCalls' },
      { description: 'customers were created with this template', errorCode: 1302 },
    ]);
    expect(result.steps).toEqual(['authentication', 'settings']);
    expect(Object.keys(calls)).toEqual(['authentication.idpName', 'callSettings']);
    expect(result.unplaced.map((i) => i.errorCode)).toEqual([1302]);
  });
});

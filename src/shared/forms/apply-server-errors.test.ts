import { describe, expect, it, vi } from 'vitest';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError, type ApiErrorItem } from '../api/api-error';
import { applyServerErrors, describeServerError } from './apply-server-errors';

const refusal = (items: ApiErrorItem[], status = 400) =>
  new ApiError({ kind: 'http', status, message: items[0]?.description ?? 'refused', items });

function recorder() {
  const calls: Record<string, string> = {};
  const setError = vi.fn((name: string, error: { message?: string }) => {
    calls[name] = error.message ?? '';
  }) as unknown as UseFormSetError<FieldValues>;
  return { calls, setError };
}

const STEPS: Record<string, string> = {
  name: 'basics',
  country: 'basics',
  'authentication.mode': 'auth',
  'authentication.idpEntityId': 'auth',
  offeredPackages: 'calling',
  pstnProvider: 'calling',
  'hq.city': 'address',
};
const fields = Object.keys(STEPS);
const stepOfField = (field: string) => STEPS[field];

describe('applyServerErrors', () => {
  it('puts an item on the field it names and returns that field’s step', () => {
    const { calls, setError } = recorder();
    const result = applyServerErrors(
      refusal(
        [
          {
            description: 'name "Acme" is already the name of another of your templates',
            errorCode: 1301,
            field: 'name',
          },
        ],
        409,
      ),
      { setError, fields, stepOfField },
    );
    expect(result.step).toBe('basics');
    expect(result.unplaced).toEqual([]);
    expect(calls).toEqual({
      name: '"Acme" is already the name of another of your templates. Another onboarding template of this organisation has this name (names ignore case). Choose another name. (Webex error 1301)',
    });
  });

  it('uses the catalogue’s default field when the item names none, and codeFieldMap over it', () => {
    const { calls, setError } = recorder();
    // 1305 PSTN_PROVIDER_REQUIRED defaults to pstnProvider; 1303 defaults to subscriptionId, mapped here to country.
    const result = applyServerErrors(
      refusal([
        { description: 'a PSTN provider is required', errorCode: 1305 },
        { description: 'not your subscription', errorCode: 1303 },
      ]),
      { setError, fields, stepOfField, codeFieldMap: { 1303: 'country' } },
    );
    expect(Object.keys(calls)).toEqual(['pstnProvider', 'country']);
    expect(result.steps).toEqual(['calling', 'basics']);
    expect(result.step).toBe('calling');
  });

  it('translates server paths with fieldMap (parent keys carry the rest of the path)', () => {
    const { calls, setError } = recorder();
    applyServerErrors(
      refusal([
        { description: 'address.city is required', errorCode: 1001, field: 'address.city' },
        { description: 'customerInfo.name is too long', errorCode: 1002, field: 'customerInfo.name' },
      ]),
      { setError, fields, stepOfField, fieldMap: { address: 'hq', 'customerInfo.name': 'name' } },
    );
    expect(Object.keys(calls)).toEqual(['hq.city', 'name']);
    expect(calls['hq.city']).toMatch(/^Is required\. .*\(Webex error 1001\)$/);
  });

  it('lands an array element on its array field, and an object on its first field', () => {
    const { calls, setError } = recorder();
    applyServerErrors(
      refusal([
        { description: 'offeredPackages.1 must be one of …', errorCode: 1004, field: 'offeredPackages.1' },
        { description: 'authentication needs an IdP', errorCode: 1304, field: 'authentication' },
      ]),
      { setError, fields, stepOfField },
    );
    expect(Object.keys(calls)).toEqual(['offeredPackages', 'authentication.mode']);
  });

  it('sends what no field shows to the banner list (unknown field, fieldMap null, code without field)', () => {
    const { calls, setError } = recorder();
    const unknown = { description: 'id cannot be deleted', errorCode: 1302, field: 'id' };
    const nulled = { description: 'externalId is taken', errorCode: 1205, field: 'externalId' };
    const bare = { description: 'server trouble', errorCode: 9999 };
    const result = applyServerErrors(refusal([unknown, nulled, bare]), {
      setError,
      fields,
      stepOfField,
      fieldMap: { externalId: null },
    });
    expect(calls).toEqual({});
    expect(result.unplaced).toEqual([unknown, nulled, bare]);
    expect(result.step).toBeUndefined();
  });

  it('keeps the first message when two items name the same field', () => {
    const { calls, setError } = recorder();
    applyServerErrors(
      refusal([
        { description: 'name is required', errorCode: 1001, field: 'name' },
        { description: 'name is too long', errorCode: 1002, field: 'name' },
      ]),
      { setError, fields, stepOfField },
    );
    expect(calls.name).toMatch(/^Is required\./);
  });

  it('places nothing for failures that are not refusals (network, response parse)', () => {
    const { setError } = recorder();
    const network = new ApiError({ kind: 'network', status: 0, message: 'offline' });
    const parse = new ApiError({
      kind: 'parse',
      status: 200,
      message: 'bad shape',
      items: [{ description: 'expected string', errorCode: null, field: 'name' }],
    });
    for (const error of [network, parse, new Error('boom')]) {
      expect(applyServerErrors(error, { setError, fields, stepOfField })).toEqual({
        step: undefined,
        steps: [],
        placed: [],
        unplaced: [],
      });
    }
    expect(setError).not.toHaveBeenCalled();
  });

  it('without fields or steps (a one-page form) places every path as it is', () => {
    const { calls, setError } = recorder();
    const result = applyServerErrors(refusal([{ description: 'email is taken', errorCode: 1203, field: 'email' }]), {
      setError,
    });
    expect(Object.keys(calls)).toEqual(['email']);
    expect(result.step).toBeUndefined();
  });
});

describe('describeServerError', () => {
  it('omits the explanation for a code the catalogue does not know, and the code when there is none', () => {
    expect(describeServerError({ description: 'name is odd', errorCode: 9999, field: 'name' })).toBe(
      'Is odd. (Webex error 9999)',
    );
    expect(describeServerError({ description: 'Something failed.', errorCode: null })).toBe('Something failed.');
  });
});

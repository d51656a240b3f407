/**
 * POST /wholesale/subscribers/validate: the provisioning rules, nothing written. The spec
 * names three request variants without defining them (wholesale-api-notes §5); the
 * simulator checks whatever the body makes checkable:
 * - customerId + email: the customer takes subscribers, the e-mail is free, and any number or
 *   extension sent is free within the customer (what provisioning would refuse with 409);
 * - email + customerInfo.primaryEmail (customer not provisioned yet): both e-mails are free;
 * - the full provisioning payload: every rule provisioning applies.
 */
import { ERROR_CODES } from '@contract/error-codes';
import { type SubscriberPrecheckRequest, requestedSubscriberPackage } from '@contract/wholesale';
import type { Queryable } from '../../db/db';
import { refuse } from '../../http/errors';
import { assertEmailFree, assertNotOtherPartnersUser, assertNumbersFree } from './checks';
import { assertAcceptsSubscribers, loadCustomer } from './customer';
import { planProvision } from './provision';
import { phoneOrExtensionMissing, throwIf } from './rules';
import { webexUserKind } from '../world';

export const PRECHECK_SUCCESS = {
  message: 'success',
  info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
} as const;

async function assertPersonAvailable(q: Queryable, email: string, field: string): Promise<string | null> {
  await assertEmailFree(q, email, field);
  const kind = await webexUserKind(q, email);
  assertNotOtherPartnersUser(kind, email, field);
  return kind;
}

export async function precheckSubscriber(q: Queryable, orgId: string, body: SubscriberPrecheckRequest): Promise<void> {
  if (body.provisioningId !== undefined) {
    const rows = await q.query('SELECT 1 FROM templates WHERE provisioning_id = $1 AND org_id = $2', [
      body.provisioningId,
      orgId,
    ]);
    if (!rows.length) {
      throw refuse(
        ERROR_CODES.PROVISIONING_ID_UNKNOWN,
        `provisioningId "${body.provisioningId}" is not the provisioning ID of any of your onboarding templates; copy it from the template in Partner Hub.`,
        'provisioningId',
      );
    }
  }
  const pkg = requestedSubscriberPackage(body);
  if (body.customerId !== undefined && pkg !== undefined) {
    await planProvision(
      q,
      orgId,
      { ...body, customerId: body.customerId, provisioningParameters: body.provisioningParameters ?? {} },
      { lockCustomer: false },
    );
  } else {
    const customer = body.customerId === undefined ? null : await loadCustomer(q, orgId, body.customerId);
    if (customer) assertAcceptsSubscribers(customer);
    const kind = await assertPersonAvailable(q, body.email, 'email');
    if (pkg !== undefined) {
      throwIf(phoneOrExtensionMissing(pkg, body.provisioningParameters, kind === 'calling'));
    }
    // Without a package the numbers sent are checked as provisioning would check a calling
    // package's; an existing Calling user keeps their own, so theirs are ignored as there.
    if (customer && kind !== 'calling') {
      const params = body.provisioningParameters;
      await assertNumbersFree(q, customer.id, {
        phone: params?.primaryPhoneNumber || null,
        extension: params?.extension || null,
      });
    }
  }
  if (body.customerInfo) await assertPersonAvailable(q, body.customerInfo.primaryEmail, 'customerInfo.primaryEmail');
}

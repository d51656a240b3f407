import { randomUUID } from 'node:crypto';
import { ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import { isCallingSubscriberPackage } from '@contract/packages';
import type { Queryable } from '../../db/db';
import { takeProvisioningFault, type ProvisioningFault } from '../faults';
import { firstAdminPackage } from '../rules/packages';
import { openAssignment } from './assignments';
import { mintLicenceId } from './licences';
import type { CustomerRow, PackageDetail } from './repository';

/**
 * Provisions `packages` in the customer's Webex org. Each pending provisioning fault of the
 * tenant that names one of them makes that package fail (its code and description go into
 * the package's errors and warnings, as in the spec's 2560 example); the others get a
 * licence.
 */
export async function provisionPackages(
  tx: Queryable,
  tenantId: string,
  webexOrgId: string,
  packages: readonly string[],
): Promise<PackageDetail[]> {
  const failed = new Map<string, ProvisioningFault>();
  let remaining = [...packages];
  for (let fault = await takeProvisioningFault(tx, tenantId, remaining); fault;) {
    failed.set(fault.package, fault);
    const hit = fault.package;
    remaining = remaining.filter((p) => p !== hit);
    fault = await takeProvisioningFault(tx, tenantId, remaining);
  }
  return packages.map((name): PackageDetail => {
    const fault = failed.get(name);
    if (fault) {
      const item = { errorCode: fault.errorCode, description: fault.description };
      return { name, status: 'error', warnings: [item], errors: [item], licenseIds: [] };
    }
    return { name, status: 'provisioned', warnings: [], errors: [], licenseIds: [mintLicenceId(webexOrgId, name)] };
  });
}

/**
 * Makes `customerInfo.primaryEmail` the customer's first administrator: a subscriber
 * holding the customer's package level, billed from now. Returns the customer-level error
 * to record when the e-mail was claimed by someone else after the request was accepted.
 */
export async function addFirstAdmin(
  tx: Queryable,
  c: CustomerRow,
  opts: { webexOrgId: string; details: readonly PackageDetail[]; headquartersId: string | null; now: Date },
): Promise<{ errorCode: number; description: string } | null> {
  if (!c.primary_email) return null;
  const held = opts.details.filter((d) => d.status === 'provisioned').map((d) => d.name);
  const pkg = firstAdminPackage(held);
  if (!pkg) return null;
  const subscriberId = encodeId('SUBSCRIBER', randomUUID());
  const personId = encodeId('PEOPLE', randomUUID());
  const locationId = isCallingSubscriberPackage(pkg) ? opts.headquartersId : null;
  const inserted = await tx.query(
    `INSERT INTO subscribers (id, tenant_id, org_id, customer_id, email, person_id, package, status, location_id,
                              is_first_admin, created_at, last_status_change)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'provisioned', $8, true, $9, $9)
     ON CONFLICT DO NOTHING RETURNING id`,
    [subscriberId, c.tenant_id, c.org_id, c.id, c.primary_email, personId, pkg, locationId, opts.now],
  );
  if (inserted.length === 0) {
    return {
      errorCode: ERROR_CODES.EMAIL_ALREADY_EXISTS.code,
      description: `The first administrator ${c.primary_email} was not created: the email is already associated with an existing user.`,
    };
  }
  await openAssignment(tx, {
    tenantId: c.tenant_id,
    orgId: c.org_id,
    customerId: c.id,
    customerOrgId: opts.webexOrgId,
    customerExternalId: c.external_id,
    customerInternal: c.internal,
    subscriberId,
    userId: personId,
    package: pkg,
    locationId,
    licenseId: opts.details.find((d) => d.name === pkg)?.licenseIds[0] ?? null,
    startAt: opts.now,
  });
  return null;
}

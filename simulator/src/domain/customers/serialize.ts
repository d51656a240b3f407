import type { Customer } from '@contract/wholesale';
import type { CustomerRow } from './repository';

/**
 * The spec shows `orgId` "only when status is provisioned". The org also exists while a
 * provisioned customer is being updated or deleted, and when some package failed, so it is
 * shown in those states too; never before provisioning finished (provisioning,
 * pending_rpl_review, error), even for an attachment whose org is already known.
 */
const ORG_VISIBLE = new Set(['provisioned', 'provisioned_with_errors', 'updating', 'deleting']);

/** Wire shape of the spec's Customer; licence IDs only on request (includePackageLicenseInfo). */
export function toWireCustomer(row: CustomerRow, opts: { includeLicenses: boolean }): Customer {
  const address = Object.fromEntries(
    Object.entries(row.address).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
  return {
    id: row.id,
    ...(row.webex_org_id && ORG_VISIBLE.has(row.status) ? { orgId: row.webex_org_id } : {}),
    externalId: row.external_id,
    address,
    status: row.status,
    packages: row.packages,
    resourceDetails: {
      packages: row.resource_details.packages.map((p) => ({
        name: p.name,
        status: p.status,
        warnings: p.warnings,
        errors: p.errors,
        ...(opts.includeLicenses ? { licenseIds: p.licenseIds } : {}),
      })),
    },
    errors: row.errors,
  };
}

import type { ReactNode } from 'react';
import { PACKAGE_INFO, isCustomerPackage, packageLabel } from '@contract/packages';
import type { Customer, CustomerPackageDetail } from '@contract/wholesale';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { StatusBadge } from '@/shared/ui/status-badge';
import { isInFlight } from '../lib/customer-status';
import { ProblemList } from '@/shared/ui/problem-list';

/** Every package the customer has or is getting, with its own provisioning detail where the API gives one. */
export function packageDetails(customer: Customer): CustomerPackageDetail[] {
  const details = customer.resourceDetails?.packages ?? [];
  const names = [...new Set([...customer.packages, ...details.map((d) => d.name)])];
  return names.map(
    (name) =>
      details.find((d) => d.name === name) ?? {
        name,
        warnings: [],
        errors: [],
      },
  );
}

/** A warning that repeats one of the package's errors (same code) adds nothing: the error says it. */
function distinctWarnings(pkg: CustomerPackageDetail) {
  const errorCodes = new Set(pkg.errors.map((e) => String(e.errorCode)));
  return pkg.warnings.filter((w) => w.errorCode === undefined || !errorCodes.has(String(w.errorCode)));
}

export function PackagesCard({ customer, actions }: { customer: Customer; actions?: ReactNode }) {
  const packages = packageDetails(customer);
  return (
    <Card aria-labelledby="packages-title">
      <CardHeader
        id="packages-title"
        title="Packages"
        description="What this customer may assign to its users, and how provisioning went for each."
        actions={actions}
      />
      <CardContent>
        {packages.length === 0 ? (
          <p className="text-fg-muted">No packages.</p>
        ) : (
          <ul className="divide-y divide-line">
            {packages.map((pkg) => (
              <li key={pkg.name} className="py-3 first:pt-0 last:pb-0">
                <div className="flex items-start justify-between gap-4">
                  <div className="min-w-0">
                    <p className="font-medium text-fg">{packageLabel(pkg.name)}</p>
                    <p className="text-[13px] text-fg-muted">
                      {isCustomerPackage(pkg.name) ? PACKAGE_INFO[pkg.name].description : pkg.name}
                    </p>
                    {pkg.licenseIds && pkg.licenseIds.length > 0 ? (
                      <p className="mt-0.5 text-xs text-fg-muted">
                        {pkg.licenseIds.length === 1 ? '1 licence' : `${pkg.licenseIds.length} licences`}
                      </p>
                    ) : null}
                  </div>
                  <StatusBadge
                    kind="package"
                    value={pkg.status ?? (isInFlight(customer.status) ? 'provisioning' : undefined)}
                  />
                </div>
                {pkg.errors.length > 0 || pkg.warnings.length > 0 ? (
                  <div className="mt-2 flex flex-col gap-2">
                    <ProblemList items={pkg.errors} tone="error" label={`Errors of ${packageLabel(pkg.name)}`} />
                    <ProblemList
                      items={distinctWarnings(pkg)}
                      tone="warning"
                      label={`Warnings of ${packageLabel(pkg.name)}`}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

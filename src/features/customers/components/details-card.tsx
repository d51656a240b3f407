import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { HubCustomer } from '@contract/hub';
import type { Customer } from '@contract/wholesale';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { Skeleton } from '@/shared/ui/skeleton';
import { useTemplate } from '../api/use-template';
import { addressLines, formatDateTime } from '../lib/format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-2">
      <dt className="text-[13px] text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-fg">{children}</dd>
    </div>
  );
}

function Id({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex items-center gap-1">
      <span className="min-w-0 truncate font-mono text-[13px]" title={value}>
        {value}
      </span>
      <CopyButton value={value} label={`Copy ${label}`} />
    </span>
  );
}

function TemplateName({ templateId, orgId }: { templateId: string; orgId: string }) {
  const template = useTemplate(templateId);
  if (template.isPending) return <Skeleton className="h-4 w-40" />;
  return (
    <Link to="/o/$orgId/templates" params={{ orgId }} className="text-brand-text hover:underline">
      {template.data?.name ?? templateId}
    </Link>
  );
}

/**
 * The customer's identity and address. Partner Hub adds the company name, first admin,
 * language, template and creation time; against the real API those rows are left out.
 */
export function DetailsCard({
  customer,
  profile,
  orgId,
  actions,
}: {
  customer: Customer;
  profile: HubCustomer | undefined;
  orgId: string;
  actions?: ReactNode;
}) {
  const address = addressLines(customer.address);
  return (
    <Card aria-labelledby="details-title">
      <CardHeader id="details-title" title="Details" actions={actions} />
      <CardContent className="pt-1">
        <dl className="divide-y divide-line">
          {profile?.name ? <Row label="Company name">{profile.name}</Row> : null}
          <Row label="External ID">
            {customer.externalId ? <Id value={customer.externalId} label="external ID" /> : '—'}
          </Row>
          <Row label="Org ID">
            {customer.orgId ? (
              <Id value={customer.orgId} label="org ID" />
            ) : (
              <span className="text-fg-muted">Assigned when provisioning finishes</span>
            )}
          </Row>
          <Row label="Customer ID">
            <Id value={customer.id} label="customer ID" />
          </Row>
          {profile?.created ? <Row label="Created">{formatDateTime(profile.created)}</Row> : null}
          <Row label="Address">
            {address.length > 0 ? (
              <address className="not-italic">
                {address.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
            ) : (
              '—'
            )}
          </Row>
          {profile?.primaryEmail ? <Row label="First admin">{profile.primaryEmail}</Row> : null}
          {profile?.language ? <Row label="Language">{profile.language}</Row> : null}
          {profile ? (
            <Row label="Template">
              {profile.templateId ? (
                <TemplateName templateId={profile.templateId} orgId={orgId} />
              ) : (
                <span className="text-fg-muted">
                  {profile.attached ? 'None: attached to an existing Webex organisation' : 'None'}
                </span>
              )}
            </Row>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}

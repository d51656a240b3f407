import { FileText, LayoutTemplate, Network, Receipt, Users } from 'lucide-react';
import { SectionPlaceholderPage } from './section-placeholder-page';

// One component per section still to be built; each route lazy-loads its own.

export function CustomersPlaceholder() {
  return (
    <SectionPlaceholderPage
      title="Customers"
      description="Provision customers, assign packages and follow provisioning."
      icon={<FileText />}
      comingUp="The customer list, the customer creation wizard and customer settings will appear here."
    />
  );
}

export function TemplatesPlaceholder() {
  return (
    <SectionPlaceholderPage
      title="Templates"
      description="Onboarding templates carry the common settings applied to every customer created with them."
      icon={<LayoutTemplate />}
      comingUp="Your onboarding templates and their provisioning IDs will appear here."
    />
  );
}

export function UsersPlaceholder() {
  return (
    <SectionPlaceholderPage
      title="Users"
      description="Users with a wholesale package, across your customers."
      icon={<Users />}
      comingUp="Users by customer, e-mail, status or package, and package changes, will appear here."
    />
  );
}

export function BillingPlaceholder() {
  return (
    <SectionPlaceholderPage
      title="Billing"
      description="Reconciliation reports for your monthly invoice."
      icon={<Receipt />}
      comingUp="Billing reconciliation reports and their downloads will appear here."
    />
  );
}

export function IndirectProvidersPlaceholder() {
  return (
    <SectionPlaceholderPage
      title="Indirect providers"
      description="Your sub-partners (resellers), their state and billing start dates."
      icon={<Network />}
      comingUp="The list of your sub-partners, with cross-launch into each, will appear here."
    />
  );
}

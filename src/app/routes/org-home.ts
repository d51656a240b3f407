// One lazy chunk for the shell, its landing page (every sign-in lands on the overview) and
// the sections still being built: the modules they share then travel once, instead of as a
// dozen tiny files. A section with a real feature page lazy-loads that page on its own.
export { OrgLayout } from '../layout/org-layout';
export { OverviewPage } from '@/features/overview/components/overview-page';
export {
  BillingPlaceholder,
  CustomersPlaceholder,
  IndirectProvidersPlaceholder,
  TemplatesPlaceholder,
  UsersPlaceholder,
} from '../pages/placeholder-pages';

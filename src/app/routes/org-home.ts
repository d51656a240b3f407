// One lazy chunk for the shell and its landing page (every sign-in lands on the overview):
// the modules they share then travel once, instead of as a dozen tiny files. Each section
// lazy-loads its own feature pages.
export { OrgLayout } from '../layout/org-layout';
export { OverviewPage } from '@/features/overview/components/overview-page';

import { Link } from '@tanstack/react-router';
import { ExternalLink } from 'lucide-react';
import { buttonClasses, type ButtonSize, type ButtonVariant } from '@/shared/ui/button';

export interface CrossLaunchLinkProps {
  /** The sub-partner to act for. */
  orgId: string;
  /** Who or what opens, for the accessible name: "Contoso Reseller", "customer ext-42 of Contoso". */
  name: string;
  /** A customer of that sub-partner, opened directly. */
  customerId?: string;
  /** A section of the sub-partner, when not its overview. */
  section?: 'customers' | 'templates' | 'billing';
  label?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/**
 * Cross-launch: opens the dashboard in a new tab acting for the sub-partner. The org is in
 * the URL (/o/<sub-partner>/…), so that tab can be reloaded, bookmarked or shared with
 * another admin who has the rights, and this tab keeps the partner's own context.
 */
export function CrossLaunchLink({
  orgId,
  name,
  customerId,
  section,
  label = 'Cross-launch',
  variant = 'secondary',
  size = 'sm',
}: CrossLaunchLinkProps) {
  const common = {
    target: '_blank',
    rel: 'noopener',
    className: buttonClasses(variant, size),
    'aria-label': `${label}: ${name} (opens in a new tab)`,
  } as const;
  const content = (
    <>
      {label}
      <ExternalLink aria-hidden="true" />
    </>
  );
  if (customerId)
    return (
      <Link to="/o/$orgId/customers/$customerId" params={{ orgId, customerId }} {...common}>
        {content}
      </Link>
    );
  if (section === 'customers')
    return (
      <Link to="/o/$orgId/customers" params={{ orgId }} {...common}>
        {content}
      </Link>
    );
  if (section === 'templates')
    return (
      <Link to="/o/$orgId/templates" params={{ orgId }} {...common}>
        {content}
      </Link>
    );
  if (section === 'billing')
    return (
      <Link to="/o/$orgId/billing" params={{ orgId }} {...common}>
        {content}
      </Link>
    );
  return (
    <Link to="/o/$orgId/overview" params={{ orgId }} {...common}>
      {content}
    </Link>
  );
}

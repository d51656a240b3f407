import { Badge } from '@/shared/ui/badge';
import { useActingOrg } from '@/shared/session/acting-org';
import { AccountMenu } from './account-menu';
import { ActivityIndicator } from './activity-indicator';
import { ThemeMenu } from '@/shared/theme/theme-menu';

export function TopBar({ onSignOut }: { onSignOut: () => void }) {
  const org = useActingOrg();
  return (
    <header className="flex h-14 shrink-0 items-center justify-between gap-4 border-b border-line bg-surface px-6">
      <div className="flex min-w-0 items-center gap-2.5">
        <span className="truncate text-[15px] font-semibold text-fg">{org.name}</span>
        <Badge tone={org.kind === 'partner' ? 'brand' : 'neutral'}>
          {org.kind === 'partner' ? 'Partner' : 'Sub-partner'}
        </Badge>
        {org.provisioningState === 'suspended' ? <Badge tone="warning">Suspended</Badge> : null}
      </div>
      <div className="flex items-center gap-2">
        <ActivityIndicator />
        <ThemeMenu />
        <div className="mx-1 h-6 w-px bg-line" aria-hidden="true" />
        <AccountMenu onSignOut={onSignOut} />
      </div>
    </header>
  );
}

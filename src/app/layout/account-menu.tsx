import { ChevronDown, LogOut } from 'lucide-react';
import { useSession } from '@/shared/api/session';
import { Menu } from '@/shared/ui/menu';

const ROLE_LABELS: Record<string, string> = {
  full_admin: 'Full administrator',
  read_only_admin: 'Read-only administrator',
};

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function AccountMenu({ onSignOut }: { onSignOut: () => void }) {
  const session = useSession();
  const role = session.role ? (ROLE_LABELS[session.role] ?? session.role) : null;
  return (
    <Menu
      label="Account"
      header={
        <div className="min-w-0">
          <p className="truncate font-medium text-fg">{session.person.displayName}</p>
          {session.person.email ? <p className="truncate text-[13px] text-fg-muted">{session.person.email}</p> : null}
          {role ? <p className="mt-1 text-xs text-fg-muted">{role}</p> : null}
        </div>
      }
      items={[{ id: 'sign-out', label: 'Sign out', icon: <LogOut />, onSelect: onSignOut }]}
      trigger={({ ref, ...props }) => (
        <button
          ref={ref}
          type="button"
          {...props}
          aria-label={`Account: ${session.person.displayName}`}
          className="flex h-10 max-w-60 items-center gap-2 rounded-md pr-1.5 pl-1 hover:bg-surface-hover"
        >
          <span
            aria-hidden="true"
            className="flex size-7 items-center justify-center rounded-full bg-brand text-xs font-semibold text-brand-fg"
          >
            {initials(session.person.displayName)}
          </span>
          <span className="hidden min-w-0 flex-col items-start text-left leading-tight lg:flex">
            <span className="block max-w-full truncate text-[13px] font-medium text-fg">
              {session.person.displayName}
            </span>
            {role ? <span className="block max-w-full truncate text-xs text-fg-muted">{role}</span> : null}
          </span>
          <ChevronDown aria-hidden="true" className="size-4 text-fg-muted" />
        </button>
      )}
    />
  );
}

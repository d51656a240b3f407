import { Link } from '@tanstack/react-router';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import clsx from 'clsx';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { NAV_ITEMS } from './nav-items';

export function Sidebar({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const { can } = usePermissions();
  const { id: orgId } = useActingOrg();
  const items = NAV_ITEMS.filter((item) => can(...item.permission));

  return (
    <aside
      className={clsx(
        'flex shrink-0 flex-col border-r border-line bg-surface transition-[width] duration-150',
        collapsed ? 'w-16' : 'w-60',
      )}
    >
      <div className={clsx('flex h-14 items-center gap-2.5', collapsed ? 'justify-center px-2' : 'px-4')}>
        <img src="/favicon.svg" alt="" className="size-7 shrink-0" />
        {collapsed ? null : (
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="font-semibold text-fg">Partner Hub</span>
            <span className="text-xs text-fg-muted">Webex Wholesale</span>
          </span>
        )}
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-2 py-3">
        <ul className="flex flex-col gap-0.5">
          {items.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                params={{ orgId }}
                title={collapsed ? item.label : undefined}
                className={clsx(
                  'relative flex h-9 items-center gap-3 rounded-md px-2.5 font-medium text-fg-muted transition-colors hover:bg-surface-hover hover:text-fg',
                  'data-[status=active]:bg-brand-soft data-[status=active]:text-brand-soft-fg',
                  collapsed && 'justify-center',
                )}
              >
                <item.icon aria-hidden="true" className="size-[18px] shrink-0" />
                <span className={collapsed ? 'sr-only' : undefined}>{item.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="border-t border-line p-2">
        <button
          type="button"
          onClick={onToggle}
          aria-expanded={!collapsed}
          className={clsx(
            'flex h-9 w-full items-center gap-3 rounded-md px-2.5 text-fg-muted hover:bg-surface-hover hover:text-fg',
            collapsed && 'justify-center',
          )}
          title={collapsed ? 'Expand navigation' : undefined}
        >
          {collapsed ? (
            <PanelLeftOpen aria-hidden="true" className="size-[18px]" />
          ) : (
            <PanelLeftClose aria-hidden="true" className="size-[18px]" />
          )}
          <span className={collapsed ? 'sr-only' : undefined}>
            {collapsed ? 'Expand navigation' : 'Collapse navigation'}
          </span>
        </button>
      </div>
    </aside>
  );
}

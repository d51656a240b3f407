import { useState, type ReactNode } from 'react';
import { Toaster } from '@/shared/ui/toaster';
import { OrgBanners } from './org-banners';
import { RouteBreadcrumbs } from './route-breadcrumbs';
import { Sidebar } from './sidebar';
import { TopBar } from './top-bar';

const SIDEBAR_KEY = 'wph.sidebar';

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(SIDEBAR_KEY) === 'collapsed';
  } catch {
    return false;
  }
}

/** Partner Hub-style frame: navigation left, org and account on top, the page scrolling on its own. */
export function AppShell({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  function toggle() {
    setCollapsed((value) => {
      try {
        localStorage.setItem(SIDEBAR_KEY, value ? 'expanded' : 'collapsed');
      } catch {
        // Not remembered across reloads; still toggles.
      }
      return !value;
    });
  }

  return (
    <div className="flex h-screen overflow-hidden">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-brand px-3 py-2 font-medium text-brand-fg focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <Sidebar collapsed={collapsed} onToggle={toggle} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar onSignOut={onSignOut} />
        <OrgBanners />
        <main id="main" tabIndex={-1} className="flex-1 overflow-y-auto focus:outline-none">
          <div className="mx-auto w-full max-w-[1440px] px-8 py-6">
            <RouteBreadcrumbs />
            {children}
          </div>
        </main>
      </div>
      <Toaster />
    </div>
  );
}

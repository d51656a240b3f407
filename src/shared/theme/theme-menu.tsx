import { Monitor, Moon, Sun } from 'lucide-react';
import { setThemePreference, useThemePreference, type ThemePreference } from './theme';
import { Menu } from '../ui/menu';

const OPTIONS: readonly { value: ThemePreference; label: string; icon: typeof Sun }[] = [
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
  { value: 'system', label: 'Same as system', icon: Monitor },
];

export function ThemeMenu() {
  const preference = useThemePreference();
  const current = OPTIONS.find((o) => o.value === preference) ?? OPTIONS[2];
  const Icon = current?.icon ?? Monitor;
  return (
    <Menu
      label="Theme"
      items={OPTIONS.map((o) => ({
        id: o.value,
        label: o.label,
        icon: <o.icon />,
        checked: o.value === preference,
        onSelect: () => setThemePreference(o.value),
      }))}
      trigger={({ ref, ...props }) => (
        <button
          ref={ref}
          type="button"
          {...props}
          aria-label={`Theme: ${current?.label ?? 'Same as system'}`}
          title="Theme"
          className="inline-flex size-8 items-center justify-center rounded-md text-fg-muted hover:bg-surface-hover hover:text-fg"
        >
          <Icon aria-hidden="true" className="size-4" />
        </button>
      )}
    />
  );
}

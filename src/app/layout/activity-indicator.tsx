import { useRouter } from '@tanstack/react-router';
import { useActivities } from '@/shared/activity/activity-store';
import { Spinner } from '@/shared/ui/spinner';
import { Menu } from '@/shared/ui/menu';

/** In-flight work the admin started (provisioning, report generation); hidden when there is none. */
export function ActivityIndicator() {
  const activities = useActivities();
  const router = useRouter();
  if (activities.length === 0) return null;
  const label = `${activities.length} in progress`;
  return (
    <Menu
      label="Work in progress"
      items={activities.map((a) => ({
        id: a.id,
        label: a.label,
        onSelect: () => {
          if (a.href) router.history.push(a.href);
        },
      }))}
      trigger={({ ref, ...props }) => (
        <button
          ref={ref}
          type="button"
          {...props}
          className="flex h-8 items-center gap-2 rounded-full bg-brand-soft px-3 text-[13px] font-medium text-brand-soft-fg"
        >
          <Spinner />
          {label}
        </button>
      )}
    />
  );
}

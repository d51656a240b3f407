import { useId, type ReactNode } from 'react';
import { Button, buttonClasses, type ButtonVariant } from '@/shared/ui/button';
import type { WriteAccess } from './use-write-access';

interface Common {
  access: WriteAccess;
  variant?: ButtonVariant;
  icon?: ReactNode;
  children: ReactNode;
}

/** The reason a control is disabled, said next to it (a tooltip alone is unreachable by keyboard and touch). */
function DisabledReason({ id, reason }: { id: string; reason: string }) {
  return (
    <span id={id} className="max-w-64 text-xs text-fg-muted">
      {reason}
    </span>
  );
}

/** A write action as a button: hidden, disabled with its reason, or live (see useTemplateWriteAccess). */
export function WriteButton({ access, variant, icon, children, onClick }: Common & { onClick: () => void }) {
  const reasonId = useId();
  if (!access.show) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant={variant}
        icon={icon}
        onClick={onClick}
        disabled={access.disabledReason !== null}
        aria-describedby={access.disabledReason ? reasonId : undefined}
      >
        {children}
      </Button>
      {access.disabledReason ? <DisabledReason id={reasonId} reason={access.disabledReason} /> : null}
    </span>
  );
}

/**
 * A write action that opens a page (create, edit): the link the caller renders when
 * allowed, a disabled button with the reason when the org is suspended, nothing otherwise.
 */
export function WriteLink({
  access,
  variant,
  icon,
  children,
  renderLink,
}: Common & { renderLink: (className: string, content: ReactNode) => ReactNode }) {
  const reasonId = useId();
  if (!access.show) return null;
  if (access.disabledReason !== null) {
    return (
      <span className="inline-flex items-center gap-2">
        <Button variant={variant} icon={icon} disabled aria-describedby={reasonId}>
          {children}
        </Button>
        <DisabledReason id={reasonId} reason={access.disabledReason} />
      </span>
    );
  }
  const content = (
    <>
      {icon ? (
        <span aria-hidden="true" className="contents">
          {icon}
        </span>
      ) : null}
      {children}
    </>
  );
  return renderLink(buttonClasses(variant), content);
}

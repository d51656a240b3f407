import { MailWarning, Send } from 'lucide-react';
import { packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { useResendConsentEmail } from '@/shared/api/subscribers';
import { Button } from '@/shared/ui/button';
import { toast } from '@/shared/ui/toast-store';
import type { WriteMode } from '../lib/use-user-write-mode';
import { ServerErrorBanner } from '@/shared/ui/server-error-banner';

/**
 * pending_user_migration explained: the e-mail belongs to an existing free Webex account,
 * whose owner must agree to move it into the customer's organisation. Until then nothing
 * is billed. The consent e-mail can be sent again.
 */
export function ConsentCallout({ user, canResend }: { user: Subscriber; canResend: WriteMode }) {
  const resend = useResendConsentEmail();
  const pkg = user.packages[0];
  const email = user.email ?? 'This user';
  return (
    <section
      aria-labelledby="consent-title"
      className="flex gap-3 rounded-lg border border-line bg-warning-soft px-4 py-3 text-warning-soft-fg"
    >
      <MailWarning aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <h2 id="consent-title" className="font-semibold">
          Waiting for the user’s consent
        </h2>
        <p className="text-[13px]">
          {email} already has a free Webex account. Webex e-mailed them asking to move that account into the customer’s
          organisation; they become a provisioned user once they accept. Until then they cannot use{' '}
          {pkg ? packageLabel(pkg) : 'the package'} and nothing is billed.
        </p>
        {canResend.kind !== 'hidden' ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              size="sm"
              icon={<Send />}
              loading={resend.isPending}
              disabled={canResend.kind === 'disabled'}
              title={canResend.kind === 'disabled' ? canResend.reason : undefined}
              onClick={() =>
                resend.mutate(
                  { subscriberId: user.id },
                  { onSuccess: () => toast({ tone: 'success', title: `Consent e-mail sent again to ${email}` }) },
                )
              }
            >
              Resend consent e-mail
            </Button>
            <span className="text-xs">If the e-mail went to spam or was deleted, send it again.</span>
          </div>
        ) : null}
        {resend.error ? <ServerErrorBanner error={resend.error} title="The consent e-mail was not sent" /> : null}
      </div>
    </section>
  );
}

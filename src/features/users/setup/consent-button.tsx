import { useState } from 'react';
import { Mail } from 'lucide-react';
import { useOrgApi } from '@/shared/api/org-api';
import { Button } from '@/shared/ui/button';
import { resendConsentEmail } from '../lib/provisioning-requests';
import { describeFailure } from './describe-failure';

/** Resends the "consent to move" e-mail of a user waiting in pending_user_migration. */
export function ConsentButton({ subscriberId, email }: { subscriberId: string; email: string }) {
  const api = useOrgApi();
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' } | { kind: 'failed'; text: string }>({
    kind: 'idle',
  });
  async function send() {
    setState({ kind: 'sending' });
    try {
      await resendConsentEmail(api, subscriberId);
      setState({ kind: 'sent' });
    } catch (error) {
      setState({ kind: 'failed', text: describeFailure(error) });
    }
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button size="sm" icon={<Mail />} loading={state.kind === 'sending'} onClick={() => void send()}>
        Resend consent e-mail<span className="sr-only"> to {email}</span>
      </Button>
      <span role="status" className="text-xs">
        {state.kind === 'sent' ? (
          <span className="text-success-soft-fg">Sent to {email}.</span>
        ) : state.kind === 'failed' ? (
          <span className="text-danger">{state.text}</span>
        ) : null}
      </span>
    </span>
  );
}

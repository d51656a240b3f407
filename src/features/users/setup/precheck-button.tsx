import { useState } from 'react';
import { CheckCircle2, ShieldCheck } from 'lucide-react';
import { useOrgApi } from '@/shared/api/org-api';
import { Button } from '@/shared/ui/button';
import type { ImportUser } from '../lib/import-validator';
import { precheckUser } from '../lib/provisioning-requests';
import { describeFailure } from './describe-failure';

type State = { kind: 'idle' } | { kind: 'checking' } | { kind: 'ok'; note: string } | { kind: 'refused'; text: string };

/** Asks Webex whether this user could be created as entered, without creating it. */
export function PrecheckButton({ customerId, user, label }: { customerId: string; user: ImportUser; label: string }) {
  const api = useOrgApi();
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function check() {
    setState({ kind: 'checking' });
    try {
      const answer = await precheckUser(api, customerId, user);
      const info = answer.info.map((i) => i.description).filter(Boolean);
      setState({ kind: 'ok', note: info.join(' ') || 'Webex would accept this user.' });
    } catch (error) {
      setState({ kind: 'refused', text: describeFailure(error) });
    }
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="subtle"
        icon={<ShieldCheck />}
        loading={state.kind === 'checking'}
        onClick={() => void check()}
      >
        Precheck<span className="sr-only"> {label}</span>
      </Button>
      <span role="status" className="text-xs break-words">
        {state.kind === 'ok' ? (
          <span className="flex items-start gap-1 text-success-soft-fg">
            <CheckCircle2 aria-hidden="true" className="mt-px size-3.5 shrink-0" />
            {state.note}
          </span>
        ) : state.kind === 'refused' ? (
          <span className="text-danger">{state.text}</span>
        ) : null}
      </span>
    </div>
  );
}

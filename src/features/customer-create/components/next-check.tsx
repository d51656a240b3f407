import { useEffect, useState } from 'react';
import type { FollowState } from '../api/provisioning-follower';

/** "Checking again in 6 s", counting down to the follower's next poll. */
export function NextCheck({ state }: { state: FollowState }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (state.nextPollAt === null) return <>Checking…</>;
  const seconds = Math.max(0, Math.ceil((state.nextPollAt - now) / 1000));
  const why = state.retryAfter ? ' (the server asked to wait)' : '';
  return <>{seconds === 0 ? 'Checking…' : `Checking again in ${seconds} s${why}`}</>;
}

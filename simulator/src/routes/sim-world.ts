import { Hono } from 'hono';
import { z } from 'zod';
import { email, oneOf, requiredText, typeError } from '@contract/validation';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import {
  WEBEX_USER_KINDS,
  createWorldOrg,
  registerDeniedParties,
  registerWebexUsers,
  resetEverything,
} from '../domain/world';
import { closed, parseSimBody, wholeNumber } from './sim-controls';

const flag = () => z.boolean({ error: typeError('true or false') }).default(false);

const WorldOrgBody = closed({
  name: requiredText(120),
  users: wholeNumber(0, 1_000_000).default(0),
  verifiedDomain: flag(),
  claimedDomain: flag(),
  trial: flag(),
});

const MAX_LIST = 1000;

const WebexUsersBody = closed({
  emails: z
    .array(email(), { error: typeError('an array of e-mail addresses') })
    .min(1, { error: 'must list at least one e-mail address' })
    .max(MAX_LIST, { error: `must list at most ${MAX_LIST} e-mail addresses per request` }),
  kind: oneOf(WEBEX_USER_KINDS),
});

const DeniedPartiesBody = closed({
  names: z
    .array(requiredText(250), { error: typeError('an array of customer names') })
    .min(1, { error: 'must list at least one name' })
    .max(MAX_LIST, { error: `must list at most ${MAX_LIST} names per request` }),
});

export function simWorldRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post('/orgs', async (c) => {
    const org = await createWorldOrg(db, parseSimBody(WorldOrgBody, c.get('body')));
    return c.json({ orgId: org.id }, 201);
  });

  r.post('/webex-users', async (c) => {
    const body = parseSimBody(WebexUsersBody, c.get('body'));
    await registerWebexUsers(db, body.emails, body.kind);
    return c.body(null, 204);
  });

  r.post('/denied-parties', async (c) => {
    const body = parseSimBody(DeniedPartiesBody, c.get('body'));
    await registerDeniedParties(db, body.names);
    return c.body(null, 204);
  });

  r.post('/reset', async (c) => {
    await resetEverything(db);
    return c.body(null, 204);
  });

  return r;
}

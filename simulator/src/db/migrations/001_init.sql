-- Wholesale simulator schema. Every tenant-owned row carries tenant_id (the partner's
-- orgId) so that isolation is one indexed predicate; org_id is the owning partner or
-- sub-partner inside that tenant. Timestamps are simulated (tenant clock) instants.

CREATE TABLE tenants (
  id               text PRIMARY KEY,
  name             text NOT NULL,
  clock_offset_ms  bigint NOT NULL DEFAULT 0,
  settings         jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at       timestamptz NOT NULL
);

CREATE TABLE orgs (
  id                  text PRIMARY KEY,
  tenant_id           text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  parent_id           text REFERENCES orgs(id) ON DELETE CASCADE,
  name                text NOT NULL,
  subscription_id     text NOT NULL,
  provisioning_state  text NOT NULL DEFAULT 'active',
  created_at          timestamptz NOT NULL,
  billing_start_date  timestamptz NOT NULL
);
CREATE INDEX orgs_parent_idx ON orgs (parent_id, created_at, id);
CREATE INDEX orgs_tenant_idx ON orgs (tenant_id);

-- The people behind tokens: one full admin and one read-only admin per org.
CREATE TABLE admins (
  id            text PRIMARY KEY,
  tenant_id     text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id        text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  role          text NOT NULL,
  display_name  text NOT NULL,
  email         text NOT NULL
);
CREATE INDEX admins_org_idx ON admins (org_id, role);

CREATE TABLE tokens (
  token_hash  text PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id      text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  admin_id    text NOT NULL REFERENCES admins(id) ON DELETE CASCADE,
  role        text NOT NULL,
  scopes      text[] NOT NULL,
  expires_at  timestamptz NOT NULL
);

-- Partner Hub-only: onboarding templates (no public API).
CREATE TABLE templates (
  id               text PRIMARY KEY,
  tenant_id        text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id           text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  provisioning_id  text NOT NULL UNIQUE,
  name             text NOT NULL,
  data             jsonb NOT NULL,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  created_by       text
);
CREATE UNIQUE INDEX templates_name_uq ON templates (org_id, lower(name));

CREATE TABLE customers (
  id                       text PRIMARY KEY,
  tenant_id                text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id                   text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  webex_org_id             text,
  external_id              text NOT NULL,
  name                     text,
  primary_email            text,
  language                 text,
  address                  jsonb NOT NULL,
  status                   text NOT NULL,
  packages                 text[] NOT NULL,
  resource_details         jsonb NOT NULL DEFAULT '{"packages":[]}'::jsonb,
  errors                   jsonb NOT NULL DEFAULT '[]'::jsonb,
  provisioning_parameters  jsonb,
  template_id              text REFERENCES templates(id) ON DELETE SET NULL,
  restricted               boolean NOT NULL DEFAULT true,
  attached                 boolean NOT NULL DEFAULT false,
  internal                 boolean NOT NULL DEFAULT false,
  sub_partner_admin_email  text,
  created_at               timestamptz NOT NULL,
  updated_at               timestamptz NOT NULL
);
CREATE INDEX customers_page_idx ON customers (org_id, created_at, id);
CREATE INDEX customers_status_idx ON customers (org_id, status, created_at, id);
CREATE INDEX customers_external_idx ON customers (org_id, external_id);
CREATE INDEX customers_webex_org_idx ON customers (webex_org_id);
CREATE INDEX customers_template_idx ON customers (template_id);

-- Audit trail of Partner Hub-only settings (e.g. "Restricted by partner"): who, what, when.
CREATE TABLE customer_events (
  id           text PRIMARY KEY,
  tenant_id    text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  customer_id  text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind         text NOT NULL,
  data         jsonb NOT NULL,
  actor        text,
  at           timestamptz NOT NULL
);
CREATE INDEX customer_events_idx ON customer_events (customer_id, at);

CREATE TABLE locations (
  id                             text PRIMARY KEY,
  tenant_id                      text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  customer_id                    text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name                           text NOT NULL,
  address                        jsonb NOT NULL,
  timezone                       text NOT NULL,
  language                       text NOT NULL,
  emergency_location_identifier  text,
  is_headquarters                boolean NOT NULL DEFAULT false,
  created_at                     timestamptz NOT NULL
);
CREATE INDEX locations_customer_idx ON locations (customer_id, created_at);
CREATE UNIQUE INDEX locations_name_uq ON locations (customer_id, lower(name));

CREATE TABLE subscribers (
  id                    text PRIMARY KEY,
  tenant_id             text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id                text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  customer_id           text NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  email                 text NOT NULL,
  person_id             text,
  package               text NOT NULL,
  status                text NOT NULL,
  first_name            text,
  last_name             text,
  primary_phone_number  text,
  extension             text,
  location_id           text,
  is_first_admin        boolean NOT NULL DEFAULT false,
  errors                jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at            timestamptz NOT NULL,
  last_status_change    timestamptz NOT NULL
);
-- An e-mail identifies one Webex user across every partner, as in Webex.
CREATE UNIQUE INDEX subscribers_email_uq ON subscribers (lower(email));
CREATE UNIQUE INDEX subscribers_phone_uq ON subscribers (customer_id, primary_phone_number) WHERE primary_phone_number IS NOT NULL;
CREATE UNIQUE INDEX subscribers_ext_uq ON subscribers (customer_id, extension) WHERE extension IS NOT NULL;
CREATE INDEX subscribers_org_created_idx ON subscribers (org_id, created_at, id);
CREATE INDEX subscribers_org_status_change_idx ON subscribers (org_id, last_status_change, id);
CREATE INDEX subscribers_customer_idx ON subscribers (customer_id, created_at, id);

-- Billing truth: every package held by a user (or workspace) is an interval.
CREATE TABLE assignments (
  id             text PRIMARY KEY,
  tenant_id      text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id         text NOT NULL,
  customer_id    text NOT NULL,
  subscriber_id  text,
  workspace_id   text,
  user_id        text,
  package        text NOT NULL,
  location_id    text,
  license_id     text,
  start_at       timestamptz NOT NULL,
  end_at         timestamptz
);
CREATE INDEX assignments_period_idx ON assignments (tenant_id, start_at);
CREATE INDEX assignments_open_idx ON assignments (subscriber_id) WHERE end_at IS NULL;
CREATE INDEX assignments_customer_idx ON assignments (customer_id);

CREATE TABLE billing_reports (
  id                  text PRIMARY KEY,
  tenant_id           text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  org_id              text NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  sub_partner_org_id  text,
  billing_start_date  date,
  billing_end_date    date,
  type                text NOT NULL,
  category            text NOT NULL,
  internal            boolean NOT NULL DEFAULT false,
  status              text NOT NULL,
  errors              jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at          timestamptz NOT NULL,
  created_by          text NOT NULL,
  completed_at        timestamptz,
  row_count           integer,
  download_secret     text NOT NULL
);
CREATE INDEX billing_reports_org_idx ON billing_reports (org_id, billing_start_date, id);
-- "Delete before regenerating": one reconciliation report per period, type and scope.
CREATE UNIQUE INDEX billing_reports_period_uq ON billing_reports
  (org_id, coalesce(sub_partner_org_id, ''), billing_start_date, billing_end_date, type, internal)
  WHERE category = 'RECONCILIATION';

-- Generated CSV lines, streamed in order on download (never held whole in memory).
CREATE TABLE billing_report_lines (
  report_id  text NOT NULL REFERENCES billing_reports(id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  line       text NOT NULL,
  PRIMARY KEY (report_id, seq)
);

-- Async work, due on the tenant's simulated clock; claimed with FOR UPDATE SKIP LOCKED
-- in the same transaction that applies its effect, so a crash can neither lose nor
-- double-apply it.
CREATE TABLE jobs (
  id          bigserial PRIMARY KEY,
  tenant_id   text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind        text NOT NULL,
  ref_id      text,
  payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
  due_at      timestamptz NOT NULL,
  status      text NOT NULL DEFAULT 'pending',
  attempts    integer NOT NULL DEFAULT 0,
  last_error  text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  done_at     timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (tenant_id, due_at) WHERE status = 'pending';
CREATE INDEX jobs_ref_idx ON jobs (ref_id);

CREATE TABLE faults (
  id                   text PRIMARY KEY,
  tenant_id            text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind                 text NOT NULL,
  method               text,
  path                 text,
  status               integer,
  times_left           integer NOT NULL,
  retry_after_seconds  integer,
  error_code           integer,
  description          text,
  packages             text[],
  created_at           timestamptz NOT NULL
);
CREATE INDEX faults_tenant_idx ON faults (tenant_id) WHERE times_left > 0;

-- The world outside any partner (global, as in Webex).
CREATE TABLE world_orgs (
  id                    text PRIMARY KEY,
  name                  text NOT NULL,
  users                 integer NOT NULL DEFAULT 0,
  verified_domain       boolean NOT NULL DEFAULT false,
  claimed_domain        boolean NOT NULL DEFAULT false,
  trial                 boolean NOT NULL DEFAULT false,
  attached_customer_id  text,
  created_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webex_users (
  email  text PRIMARY KEY,
  kind   text NOT NULL
);

CREATE TABLE denied_parties (
  name  text PRIMARY KEY
);

-- Partner Hub-only: price book per partner org, for cost summaries.
CREATE TABLE price_books (
  org_id      text PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
  tenant_id   text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  data        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  text
);

-- Billing reports outlive customers: an assignment keeps the customer identifiers a report
-- prints (CUSTOMER_ORG_ID, CUSTOMER_EXTERNAL_ID) and the `internal` flag it filters on,
-- copied from `customers` when the assignment is opened. Reports prefer the live customer
-- row and fall back to these once the customer is deleted.
ALTER TABLE assignments ADD COLUMN customer_org_id text;
ALTER TABLE assignments ADD COLUMN customer_external_id text;
ALTER TABLE assignments ADD COLUMN customer_internal boolean;

-- Reports are generated per owning org (partner or sub-partner) and period.
CREATE INDEX assignments_org_period_idx ON assignments (org_id, start_at);

-- A failed report cannot be deleted, so it must not block creating its replacement: only
-- in-progress and completed reconciliation reports count as duplicates.
DROP INDEX billing_reports_period_uq;
CREATE UNIQUE INDEX billing_reports_period_uq ON billing_reports
  (org_id, coalesce(sub_partner_org_id, ''), billing_start_date, billing_end_date, type, internal)
  WHERE category = 'RECONCILIATION' AND status <> 'FAILED';

-- Listing sorts by any of these, then id, and pages by keyset.
CREATE INDEX billing_reports_org_end_idx ON billing_reports (org_id, billing_end_date, id);
CREATE INDEX billing_reports_org_status_idx ON billing_reports (org_id, status, id);

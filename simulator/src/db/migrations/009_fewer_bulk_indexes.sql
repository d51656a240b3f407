-- Every index is rebuilt after a scale seed's bulk load, so each one costs seconds per
-- million rows there (and on every write elsewhere). Two were not earning that:
-- assignments_period_idx (tenant_id, start_at) served no query: reports read an org's
-- assignments through assignments_org_period_idx. The hub stats' two counts per org (by
-- package, by status) are served as well by one (org_id, status, package) index: each
-- reads all of the org's entries, and its (org_id, status) prefix still narrows the
-- subscriber list's status filter.
DROP INDEX assignments_period_idx;
DROP INDEX subscribers_org_package_idx;
DROP INDEX subscribers_org_status_idx;
CREATE INDEX subscribers_org_status_package_idx ON subscribers (org_id, status, package);

-- GET /hub/v1/stats counts subscribers per org by package and by status: plain
-- count(*) GROUP BY on these indexes (customers_status_idx and orgs_parent_idx already
-- cover the other two groups).
CREATE INDEX subscribers_org_package_idx ON subscribers (org_id, package);
CREATE INDEX subscribers_org_status_idx ON subscribers (org_id, status);

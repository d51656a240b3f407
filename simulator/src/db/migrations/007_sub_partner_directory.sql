-- GET /hub/v1/subPartners sorts a partner's sub-partners by name (case-insensitive, id as
-- tie-break) and pages with LIMIT/OFFSET; without this, every page of a partner with
-- thousands of sub-partners sorts them all. Name searches filter within the same range.
CREATE INDEX orgs_parent_name_idx ON orgs (parent_id, lower(name), id);

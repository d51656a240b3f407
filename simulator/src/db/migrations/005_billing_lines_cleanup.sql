-- A report's lines are written a million at a time in one INSERT ... SELECT; the foreign key
-- to billing_reports cost one referential check per line, most of the generation time on
-- PGlite. Lines now go with their report through a trigger that fires once per deleted
-- report, whatever deletes it (DELETE of the report, or the cascade from its tenant or org).
-- The function body is a single line: migrate.ts splits statements at a ';' ending a line.
ALTER TABLE billing_report_lines DROP CONSTRAINT billing_report_lines_report_id_fkey;
CREATE FUNCTION billing_report_lines_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM billing_report_lines WHERE report_id = OLD.id; RETURN OLD; END $$;
CREATE TRIGGER billing_report_lines_cleanup AFTER DELETE ON billing_reports FOR EACH ROW EXECUTE FUNCTION billing_report_lines_cleanup();

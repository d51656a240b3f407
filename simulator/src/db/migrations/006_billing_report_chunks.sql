-- A report's CSV is stored as chunks of consecutive lines (each line ending in CRLF) rather
-- than a row per line: writing a million one-line rows was most of a USER report's
-- generation time on PGlite, and chunks of repetitive CSV text also compress well (TOAST).
-- seq 0 is the header; a chunk never spans two customers and holds at most 1,000 lines.
ALTER TABLE billing_report_lines RENAME COLUMN line TO lines;

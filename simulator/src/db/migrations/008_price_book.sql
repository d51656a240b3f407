-- GET/PUT /hub/v1/priceBook keep one row per org in price_books (001_init); the row's
-- `data` is {currency, taxRatePercent, prices}, with prices as decimal strings so no float
-- ever holds money. Dropping a tenant cascades through tenant_id: index it like the
-- other per-tenant tables, so that delete does not scan every tenant's books.
CREATE INDEX price_books_tenant_idx ON price_books (tenant_id);

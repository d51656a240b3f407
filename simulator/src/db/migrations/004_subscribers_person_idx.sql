-- GET /wholesale/subscribers?personId=... looks a person up among up to a million
-- subscribers of one partner; without this it is a sequential scan. Pending subscribers
-- have no personId yet, so they stay out of the index.
CREATE INDEX subscribers_person_idx ON subscribers (person_id) WHERE person_id IS NOT NULL;

-- Certification statistics and the officers' search of certificates: an index for every filter and sort they offer.

-- Sort by validTo (ties by id); "valid on a day" and "expiring within n days" are ranges of valid_to. The included
-- columns let the certified and expiring statistics count from the index alone (index-only scan), never the table.
CREATE INDEX certification_valid_to_id ON certification (valid_to, id)
    INCLUDE (valid_from, status, certification_type, region, uscc);

-- Sort by validFrom (ties by id); the certificates new in a year are a range of valid_from, counted from the index.
CREATE INDEX certification_valid_from_id ON certification (valid_from, id)
    INCLUDE (valid_to, status, certification_type, region, origin);

-- Counting distinct enterprises: the certificates in USCC order, with what the statistics filter on, so PostgreSQL
-- reduces them to one row per enterprise and group as they stream from the index instead of hashing every one
-- (about half the time over 750 000 valid certificates). Same key as before, so the lookups by holder stay as they were.
DROP INDEX certification_holder;
CREATE INDEX certification_holder ON certification (uscc, certification_type, status)
    INCLUDE (valid_from, valid_to, region);

-- Sort by createdAt (ties by id).
CREATE INDEX certification_created_at ON certification (created_at, id);

-- Region filter: a province (2 digits), city (4) or county (6) is a prefix of the code, whatever the collation.
CREATE INDEX certification_region ON certification (region varchar_pattern_ops);

-- The registry's version of the enterprise data a replica row holds (0 = as registered; keji.enterprise.updated.v1
-- carries the version after each change), so an older update delivered after a newer one does not undo it.
ALTER TABLE enterprise_replica ADD COLUMN source_version bigint NOT NULL DEFAULT 0;

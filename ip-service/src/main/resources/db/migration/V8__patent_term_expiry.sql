-- The end of a granted patent's term is derived (LAPSED / TERM_EXPIRED once term_ends_on is reached) and writes no
-- log entry, so a daily job tells enterprise-service with keji.ip.patent.lapsed.v2. term_expiry_published records
-- that it did, so each patent is published once; it is bookkeeping of the job, not legal status.
ALTER TABLE patent ADD COLUMN term_expiry_published boolean NOT NULL DEFAULT false;
-- the job's claim: granted (as the log says), term ended, not yet published; small, since published rows leave it
CREATE INDEX patent_term_expiry_due ON patent (term_ends_on, id) WHERE status = 'GRANTED' AND NOT term_expiry_published;

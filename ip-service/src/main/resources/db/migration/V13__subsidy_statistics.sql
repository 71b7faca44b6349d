-- "Subsidies paid" (org.keji.ip.statistics): the paid applications by payment date, region and patent type with the
-- amount and the policy (whose kind is a grouping), so the statement reads the paid rows by an index-only scan and joins
-- the few policies. It covers V9's patent_subsidy_application_paid (same key, same predicate), which it replaces.
CREATE INDEX patent_subsidy_application_paid_statistics ON patent_subsidy_application
    (paid_on, region varchar_pattern_ops, patent_type) INCLUDE (paid_amount, policy_id) WHERE paid_on IS NOT NULL;
DROP INDEX patent_subsidy_application_paid;

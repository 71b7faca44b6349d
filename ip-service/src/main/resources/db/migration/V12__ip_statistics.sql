-- Indexes of the ip statistics (org.keji.ip.statistics); no data. Each is read by an index-only scan (the table's
-- visibility map set by autovacuum), in the order the statements group by, so counting streams without a sort or hash
-- over the patents.

-- applications by filing year, type and region
CREATE INDEX patent_filing_statistics ON patent (filing_year, patent_type, region);

-- grants by the year of the grant date, type and region; granted_on is included so the scan can be index-only
CREATE INDEX patent_grant_statistics ON patent ((CAST(EXTRACT(YEAR FROM granted_on) AS integer)), patent_type, region)
    INCLUDE (granted_on) WHERE granted_on IS NOT NULL;

-- valid invention patents per 10 000 residents: the granted inventions only (about a fifth of all patents), with every
-- column the in-force test and the region grouping read, so the count is an index-only scan; the type literals match the
-- statement's, which proves the predicate
CREATE INDEX patent_invention_in_force ON patent (region varchar_pattern_ops, granted_on)
    INCLUDE (term_ends_on, lapsed_on)
    WHERE patent_type IN ('INVENTION', 'PCT_INVENTION') AND granted_on IS NOT NULL;

-- registered technology contracts by year, type and region with the amounts summed
CREATE INDEX technology_contract_registered ON technology_contract (year, contract_type, region)
    INCLUDE (contract_amount, registered_amount) WHERE status = 'REGISTERED';

-- disputes by year with every grouping column
CREATE INDEX ip_dispute_statistics ON ip_dispute (year, region) INCLUDE (category, kind, outcome, status);

-- inspections by year and region (the products are read from the row)
CREATE INDEX enforcement_inspection_year ON enforcement_inspection (year, region);
CREATE INDEX enforcement_inspection_problem_year ON enforcement_inspection_problem (year, region, problem_type);

-- Indexes of the ip statistics (org.keji.ip.statistics); no data. Applications by filing year and grants by grant date
-- are served by patent_statistics and patent_granted of V3 (index-only scans).

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

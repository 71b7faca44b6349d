-- Enforcement inspections (执法检查) of patent marking and suspected infringement, recorded by officers.
CREATE TABLE enforcement_inspection (
    id                          uuid          PRIMARY KEY,
    region                      varchar(6)    NOT NULL,
    place                       varchar(300)  NOT NULL,
    inspected_on                date          NOT NULL,
    year                        integer       NOT NULL,
    party_name                  varchar(200)  NOT NULL,
    party_uscc                  varchar(18),
    products                    jsonb         NOT NULL,
    follow_up_action            varchar(30)   NOT NULL,
    follow_up_due_on            date,
    follow_up_case_reference    varchar(100),
    follow_up_transferred_to    varchar(200),
    follow_up_done_on           date,
    follow_up_note              varchar(2000),
    recorded_by                 varchar(100)  NOT NULL,
    recorded_at                 timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     bigint        NOT NULL
);
CREATE INDEX enforcement_inspection_region_date ON enforcement_inspection (region varchar_pattern_ops, inspected_on);
CREATE INDEX enforcement_inspection_date ON enforcement_inspection (inspected_on, id);
CREATE INDEX enforcement_inspection_region_year ON enforcement_inspection (region, year);

-- one row per problem found; region and year are copied from the inspection so statistics group without a join
CREATE TABLE enforcement_inspection_problem (
    id             uuid          PRIMARY KEY,
    inspection_id  uuid          NOT NULL REFERENCES enforcement_inspection (id),
    position       integer       NOT NULL,
    problem_type   varchar(40)   NOT NULL,
    product_index  integer,
    description    varchar(2000) NOT NULL,
    region         varchar(6)    NOT NULL,
    year           integer       NOT NULL,
    UNIQUE (inspection_id, position)
);
CREATE INDEX enforcement_inspection_problem_stats ON enforcement_inspection_problem (region, year, problem_type);
CREATE INDEX enforcement_inspection_problem_type ON enforcement_inspection_problem (problem_type, inspection_id);

-- Patent pledge registration (专利权质押登记), a case decided within 7 working days, requested by an officer through
-- the API or by finance-service through the pledge saga (keji.finance.v1 → keji.ip.v1).

-- The matter as data: its code and its promised / legal limits in working days.
CREATE TABLE patent_pledge_matter (
    code            varchar(40)  PRIMARY KEY,
    name            varchar(100) NOT NULL,
    promised_limit  integer      NOT NULL CHECK (promised_limit >= 0),
    legal_limit     integer      NOT NULL,
    CHECK (legal_limit >= promised_limit)
);
INSERT INTO patent_pledge_matter (code, name, promised_limit, legal_limit)
VALUES ('KJ-IP-PATENT-PLEDGE', '专利权质押登记', 7, 7);

-- the last part of a registration number; never reset, so numbers are unique without a lock
CREATE SEQUENCE patent_pledge_registration_seq MAXVALUE 9999999;

CREATE TABLE patent_pledge (
    id                           uuid          PRIMARY KEY,
    tracking_number              varchar(30)   NOT NULL UNIQUE,
    matter_code                  varchar(40)   NOT NULL REFERENCES patent_pledge_matter (code),
    -- the saga's id (finance-service's, or chosen here for an officer's request): one case per request
    request_id                   uuid          NOT NULL,
    origin                       varchar(10)   NOT NULL,
    loan_reference               varchar(64),
    pledgor_uscc                 varchar(18)   NOT NULL,
    pledgee_bank_id              varchar(64)   NOT NULL,
    pledgee_name                 varchar(200)  NOT NULL,
    secured_amount               numeric(18,2) NOT NULL CHECK (secured_amount > 0),
    debt_term_start              date          NOT NULL,
    debt_term_end                date          NOT NULL,
    contract_material_id         uuid,
    co_holder_consents           jsonb         NOT NULL,
    patent_count                 integer       NOT NULL CHECK (patent_count > 0),
    region                       varchar(6)    NOT NULL,
    status                       varchar(12)   NOT NULL,
    -- every ground that applied when last checked (at the request, then at the decision)
    grounds                      jsonb         NOT NULL,
    checked_on                   date          NOT NULL,
    refusal_reasons              jsonb,
    registration_number          varchar(20),
    registered_on                date,
    registered_year              integer,
    released_on                  date,
    release_reason               varchar(12),
    submitted_on                 date          NOT NULL,
    promised_limit               integer       NOT NULL,
    legal_limit                  integer       NOT NULL,
    promised_due_on              date          NOT NULL,
    legal_due_on                 date          NOT NULL,
    promised_due_on_provisional  boolean       NOT NULL,
    legal_due_on_provisional     boolean       NOT NULL,
    paused_since                 date,
    paused_working_days          integer       NOT NULL,
    closed_on                    date,
    requested_by                 varchar(100)  NOT NULL,
    created_at                   timestamptz   NOT NULL,
    updated_at                   timestamptz   NOT NULL,
    version                      bigint        NOT NULL,
    CONSTRAINT patent_pledge_request_unique UNIQUE (request_id),
    CONSTRAINT patent_pledge_registration_unique UNIQUE (registration_number),
    CHECK (debt_term_end >= debt_term_start),
    CHECK ((registration_number IS NULL) = (registered_on IS NULL)),
    CHECK ((registered_year IS NULL) = (registered_on IS NULL))
);
-- the list's filters and the statistics' groups ("pledges registered and their secured amounts" by region and year)
CREATE INDEX patent_pledge_region_year ON patent_pledge (region varchar_pattern_ops, registered_year, status)
    INCLUDE (secured_amount, patent_count);
CREATE INDEX patent_pledge_year_status ON patent_pledge (registered_year, status)
    INCLUDE (secured_amount, patent_count);
CREATE INDEX patent_pledge_registered_on ON patent_pledge (registered_on) WHERE registered_on IS NOT NULL;
CREATE INDEX patent_pledge_pledgor ON patent_pledge (pledgor_uscc, created_at);
CREATE INDEX patent_pledge_bank ON patent_pledge (pledgee_bank_id, created_at);
CREATE INDEX patent_pledge_created ON patent_pledge (created_at, id);
CREATE INDEX patent_pledge_open ON patent_pledge (status) WHERE closed_on IS NULL;

-- the patents of a pledge in the order requested; active while the pledge is registered and not released
CREATE TABLE patent_pledge_patent (
    pledge_id           uuid        NOT NULL REFERENCES patent_pledge (id),
    position            smallint    NOT NULL,
    application_number  varchar(20) NOT NULL,
    active              boolean     NOT NULL,
    PRIMARY KEY (pledge_id, position),
    UNIQUE (pledge_id, application_number)
);
-- a patent is in at most one registered, unreleased pledge: of two registrations racing, the second UPDATE waits for
-- the first to commit and then fails on this index (ALREADY_PLEDGED exact under concurrency)
CREATE UNIQUE INDEX patent_pledge_patent_active ON patent_pledge_patent (application_number) WHERE active;
CREATE INDEX patent_pledge_patent_number ON patent_pledge_patent (application_number, pledge_id);

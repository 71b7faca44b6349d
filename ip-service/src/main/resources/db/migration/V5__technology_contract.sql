-- Technology-contract registration (技术合同认定登记), a case of the "最多跑一次" catalogue.

-- The matter as data: its code and its promised / legal limits in working days.
CREATE TABLE technology_contract_matter (
    code            varchar(40)  PRIMARY KEY,
    name            varchar(100) NOT NULL,
    promised_limit  integer      NOT NULL CHECK (promised_limit >= 0),
    legal_limit     integer      NOT NULL,
    CHECK (legal_limit >= promised_limit)
);
INSERT INTO technology_contract_matter (code, name, promised_limit, legal_limit)
VALUES ('KJ-IP-TECH-CONTRACT', '技术合同认定登记', 5, 10);

-- the last part of a registration number; never reset, so numbers are unique without a lock
CREATE SEQUENCE technology_contract_registration_seq MAXVALUE 9999999;

CREATE TABLE technology_contract (
    id                           uuid          PRIMARY KEY,
    tracking_number              varchar(30)   NOT NULL UNIQUE,
    matter_code                  varchar(40)   NOT NULL REFERENCES technology_contract_matter (code),
    contract_type                varchar(20)   NOT NULL,
    development_kind             varchar(20),
    title                        varchar(200)  NOT NULL,
    seller_uscc                  varchar(18)   NOT NULL,
    seller_name                  varchar(200)  NOT NULL,
    buyer_name                   varchar(200)  NOT NULL,
    buyer_uscc                   varchar(18),
    buyer_region                 varchar(6),
    intermediary_name            varchar(200),
    intermediary_uscc            varchar(18),
    signed_on                    date          NOT NULL,
    term_from                    date          NOT NULL,
    term_to                      date          NOT NULL,
    contract_amount              numeric(18,2) NOT NULL CHECK (contract_amount > 0),
    declared_transaction_amount  numeric(18,2) CHECK (declared_transaction_amount >= 0),
    region                       varchar(6)    NOT NULL,
    -- 登记年度: the year of registration once registered, before that the year of submission
    year                         integer       NOT NULL,
    status                       varchar(24)   NOT NULL,
    materials                    jsonb         NOT NULL,
    missing_materials            jsonb,
    registration_number          varchar(20)   UNIQUE,
    registered_amount            numeric(18,2) CHECK (registered_amount >= 0),
    deducted_costs               numeric(18,2) CHECK (deducted_costs >= 0),
    refusal_reasons              jsonb,
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
    submitted_by                 varchar(100)  NOT NULL,
    created_at                   timestamptz   NOT NULL,
    updated_at                   timestamptz   NOT NULL,
    version                      bigint        NOT NULL,
    CHECK (term_to >= term_from),
    CHECK (declared_transaction_amount <= contract_amount),
    CHECK (registered_amount + coalesce(deducted_costs, 0) <= contract_amount)
);
-- the list's filters and the statistics' groups (region prefix, year, type, status)
CREATE INDEX technology_contract_region_year ON technology_contract (region varchar_pattern_ops, year, contract_type, status);
CREATE INDEX technology_contract_year_type ON technology_contract (year, contract_type, status);
CREATE INDEX technology_contract_seller ON technology_contract (seller_uscc, created_at);
CREATE INDEX technology_contract_created ON technology_contract (created_at, id);
-- open cases whose due dates must be recounted when a calendar year is loaded
CREATE INDEX technology_contract_open ON technology_contract (status) WHERE closed_on IS NULL;

-- Calls for proposals (申报指南 / 批次). A call is open from opens_at (inclusive) to closes_at (exclusive); its budget
-- ledger (approved_amount) only grows by conditional UPDATEs that keep it within total_budget.
CREATE TABLE project_call (
    id                       uuid          PRIMARY KEY,
    code                     varchar(40)   NOT NULL CONSTRAINT project_call_code_unique UNIQUE,
    title                    varchar(200)  NOT NULL,
    description              varchar(4000),
    level                    varchar(20)   NOT NULL,
    category                 varchar(30)   NOT NULL,
    year                     integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    batch                    integer       NOT NULL CHECK (batch BETWEEN 1 AND 99),
    region                   varchar(6)    NOT NULL,
    opens_at                 timestamptz   NOT NULL,
    closes_at                timestamptz   NOT NULL,
    total_budget             numeric(18,2) NOT NULL CHECK (total_budget > 0),
    approved_amount          numeric(18,2) NOT NULL DEFAULT 0,
    max_grant                numeric(18,2) NOT NULL CHECK (max_grant > 0),
    experts_per_application  integer       NOT NULL CHECK (experts_per_application >= 3),
    required_certifications  jsonb         NOT NULL DEFAULT '[]',
    eligible_regions         jsonb         NOT NULL DEFAULT '[]',
    min_registration_months  integer       CHECK (min_registration_months >= 0),
    refuse_violations        boolean       NOT NULL DEFAULT true,
    required_materials       jsonb         NOT NULL DEFAULT '[]',
    matter_code              varchar(40)   NOT NULL,
    promised_working_days    integer       NOT NULL CHECK (promised_working_days > 0),
    legal_working_days       integer       NOT NULL CHECK (legal_working_days >= promised_working_days),
    created_by               varchar(100)  NOT NULL,
    created_at               timestamptz   NOT NULL,
    updated_at               timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK (max_grant <= total_budget),
    CHECK (approved_amount >= 0 AND approved_amount <= total_budget),
    CONSTRAINT project_call_batch_unique UNIQUE (year, region, level, category, batch)
);
CREATE INDEX project_call_window ON project_call (closes_at, opens_at);
-- the default order of the call list (newest window first)
CREATE INDEX project_call_opens_at ON project_call (opens_at);
CREATE INDEX project_call_year ON project_call (year, batch);
CREATE INDEX project_call_region ON project_call (region);

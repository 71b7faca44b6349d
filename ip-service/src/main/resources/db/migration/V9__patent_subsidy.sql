-- Patent subsidy and grant-reward applications (专利资助 / 授权奖励申请), cases under a policy of V4: review, approval,
-- payment by a second officer; at most once per patent per policy; the policy's caps per enterprise and its budget held
-- exactly by ledger rows that each application reserves from.

CREATE TABLE patent_subsidy_application (
    id                           uuid          PRIMARY KEY,
    tracking_number              varchar(30)   NOT NULL UNIQUE,
    matter_code                  varchar(40)   NOT NULL,
    policy_id                    uuid          NOT NULL REFERENCES patent_subsidy_policy (id),
    -- the policy's year: the year whose caps the application counts against
    year                         integer       NOT NULL,
    patent_id                    uuid          NOT NULL REFERENCES patent (id),
    application_number           varchar(14)   NOT NULL,
    patent_type                  varchar(20)   NOT NULL,
    applicant_uscc               varchar(18)   NOT NULL,
    -- the patent's region: an officer's reach and the statistics' grouping
    region                       varchar(6)    NOT NULL,
    -- the policy's amount for the patent's type at submission: what is reserved against the caps
    amount                       numeric(18,2) NOT NULL CHECK (amount > 0),
    status                       varchar(24)   NOT NULL,
    materials                    jsonb         NOT NULL,
    missing_materials            jsonb,
    approved_amount              numeric(18,2) CHECK (approved_amount > 0),
    approved_by                  varchar(100),
    approved_on                  date,
    refusal_reasons              jsonb,
    paid_amount                  numeric(18,2),
    paid_on                      date,
    voucher_number               varchar(50),
    paid_by                      varchar(100),
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
    CONSTRAINT patent_subsidy_application_approved CHECK (approved_amount <= amount),
    -- maker-checker and the amount paid, kept by the database as well
    CONSTRAINT patent_subsidy_application_paid CHECK (paid_on IS NULL OR (paid_amount = approved_amount
        AND paid_by <> approved_by AND voucher_number IS NOT NULL))
);
-- at most once per patent per policy: over live applications only, so a refused or withdrawn one frees the patent again
CREATE UNIQUE INDEX patent_subsidy_application_once ON patent_subsidy_application (policy_id, patent_id)
    WHERE status NOT IN ('REFUSED', 'WITHDRAWN');
-- the list's filters
CREATE INDEX patent_subsidy_application_policy ON patent_subsidy_application (policy_id, status, created_at);
CREATE INDEX patent_subsidy_application_applicant ON patent_subsidy_application (applicant_uscc, created_at);
CREATE INDEX patent_subsidy_application_patent ON patent_subsidy_application (patent_id);
CREATE INDEX patent_subsidy_application_region_year ON patent_subsidy_application (region varchar_pattern_ops, year, status);
CREATE INDEX patent_subsidy_application_created ON patent_subsidy_application (created_at, id);
-- "subsidies paid" by year, region and patent type: an index-only scan over the paid rows
CREATE INDEX patent_subsidy_application_paid ON patent_subsidy_application (paid_on, region varchar_pattern_ops, patent_type)
    INCLUDE (paid_amount) WHERE paid_on IS NOT NULL;
-- open cases whose due dates must be recounted when a calendar year is loaded
CREATE INDEX patent_subsidy_application_open ON patent_subsidy_application (status) WHERE closed_on IS NULL;

-- What one enterprise has reserved under one policy (a policy is of one year, so this is its yearly cap's use): the
-- amount and count of its live applications, the approved amount once approved. Raised by a conditional UPDATE that
-- leaves the row unchanged when the cap would be passed, so concurrent applications never overshoot.
CREATE TABLE patent_subsidy_enterprise_ledger (
    policy_id        uuid          NOT NULL REFERENCES patent_subsidy_policy (id),
    applicant_uscc   varchar(18)   NOT NULL,
    reserved_amount  numeric(18,2) NOT NULL CHECK (reserved_amount >= 0),
    reserved_count   integer       NOT NULL CHECK (reserved_count >= 0),
    PRIMARY KEY (policy_id, applicant_uscc)
);

-- What all applications under one policy have reserved, against its total budget.
CREATE TABLE patent_subsidy_budget_ledger (
    policy_id        uuid          PRIMARY KEY REFERENCES patent_subsidy_policy (id),
    reserved_amount  numeric(18,2) NOT NULL CHECK (reserved_amount >= 0)
);

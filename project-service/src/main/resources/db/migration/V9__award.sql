-- Science and technology progress awards (科技进步奖): the grades published per year with their fixed amounts and
-- optional quotas, and the nominations (提名), each a case from nomination through review and decision to payment.

-- One grade of one year. awarded_count only moves by a conditional UPDATE within the quota (the decision), so
-- concurrent decisions never award more than the quota; the CHECK holds it in the database as well. A grade that a
-- decision references (awarded_count > 0) is not edited any more.
CREATE TABLE award_grade (
    id              uuid          PRIMARY KEY,
    year            integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    grade           varchar(10)   NOT NULL CHECK (grade IN ('SPECIAL', 'FIRST', 'SECOND', 'THIRD')),
    amount          numeric(18,2) NOT NULL CHECK (amount > 0),
    quota           integer       CHECK (quota > 0),
    awarded_count   integer       NOT NULL DEFAULT 0 CHECK (awarded_count >= 0),
    published_by    varchar(100)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT award_grade_year_grade UNIQUE (year, grade),
    CONSTRAINT award_grade_within_quota CHECK (quota IS NULL OR awarded_count <= quota)
);

CREATE TABLE award_nomination (
    id                          uuid          PRIMARY KEY,
    tracking_number             varchar(30)   NOT NULL UNIQUE,
    matter_code                 varchar(40)   NOT NULL,
    uscc                        varchar(18)   NOT NULL,
    -- the enterprise's region from the replica at nomination: officers' reach and the totals' filter
    region                      varchar(6)    NOT NULL,
    year                        integer       NOT NULL,
    title                       varchar(200)  NOT NULL,
    summary                     varchar(4000) NOT NULL,
    nominated_grade             varchar(10)   NOT NULL,
    members                     jsonb         NOT NULL,
    materials                   jsonb         NOT NULL,
    status                      varchar(20)   NOT NULL,
    -- the decision: the grade row of the nomination's year and its amount, copied exactly when decided
    grade_id                    uuid          REFERENCES award_grade (id),
    awarded_grade               varchar(10),
    amount                      numeric(18,2) CHECK (amount > 0),
    not_awarded_reason          varchar(1000),
    decided_by                  varchar(100),
    decided_on                  date,
    paid_amount                 numeric(18,2),
    paid_on                     date,
    voucher_number              varchar(50),
    paid_by                     varchar(100),
    -- CaseClock
    submitted_on                date          NOT NULL,
    promised_limit              integer       NOT NULL,
    legal_limit                 integer       NOT NULL,
    promised_due_on             date          NOT NULL,
    legal_due_on                date          NOT NULL,
    promised_due_on_provisional boolean       NOT NULL,
    legal_due_on_provisional    boolean       NOT NULL,
    paused_since                date,
    paused_working_days         integer       NOT NULL,
    closed_on                   date,
    submitted_by                varchar(100)  NOT NULL,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT award_nomination_awarded CHECK ((grade_id IS NULL) = (amount IS NULL)
        AND (grade_id IS NULL) = (awarded_grade IS NULL)),
    -- maker-checker and the amount paid, kept by the database as well
    CONSTRAINT award_nomination_paid CHECK (paid_on IS NULL OR (paid_amount = amount AND paid_by <> decided_by
        AND voucher_number IS NOT NULL))
);
-- the list's filters
CREATE INDEX award_nomination_uscc ON award_nomination (uscc, created_at DESC);
CREATE INDEX award_nomination_year ON award_nomination (year, status, created_at);
CREATE INDEX award_nomination_region ON award_nomination (region varchar_pattern_ops, year);
CREATE INDEX award_nomination_created ON award_nomination (created_at, id);
-- the totals by year and grade (and region): an index-only scan over the awarded rows
CREATE INDEX award_nomination_awarded_totals ON award_nomination (year, awarded_grade, region varchar_pattern_ops)
    INCLUDE (amount, paid_amount) WHERE grade_id IS NOT NULL;

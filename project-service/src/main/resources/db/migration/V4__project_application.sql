-- Project applications (项目申报), a case from submission; the same row is the project once approved. Clock columns
-- (CaseClock) are empty while the application is a draft.
CREATE TABLE project_application (
    id                          uuid          PRIMARY KEY,
    tracking_number             varchar(30)   NOT NULL UNIQUE,
    matter_code                 varchar(40)   NOT NULL,
    uscc                        varchar(18)   NOT NULL,
    region                      varchar(6)    NOT NULL,
    call_id                     uuid          NOT NULL REFERENCES project_call (id),
    title                       varchar(200)  NOT NULL,
    summary                     varchar(4000),
    field                       varchar(40)   NOT NULL,
    industry                    varchar(20)   NOT NULL,
    undertaker_type             varchar(20)   NOT NULL,
    technology_source           varchar(30)   NOT NULL,
    partners                    jsonb         NOT NULL DEFAULT '[]',
    requested_amount            numeric(18,2) NOT NULL CHECK (requested_amount > 0),
    planned_government_funds    numeric(18,2) NOT NULL CHECK (planned_government_funds >= 0),
    planned_self_raised_funds   numeric(18,2) NOT NULL CHECK (planned_self_raised_funds >= 0),
    planned_start               date          NOT NULL,
    planned_end                 date          NOT NULL,
    status                      varchar(30)   NOT NULL,
    materials                   jsonb         NOT NULL DEFAULT '[]',
    missing_materials           jsonb,
    -- CaseClock, from submission
    submitted_on                date,
    promised_limit              integer,
    legal_limit                 integer,
    promised_due_on             date,
    legal_due_on                date,
    promised_due_on_provisional boolean,
    legal_due_on_provisional    boolean,
    paused_since                date,
    paused_working_days         integer,
    closed_on                   date,
    submitted_at                timestamptz,
    review_score                numeric(7,2),
    review_rank                 integer,
    publicity_from              date,
    publicity_to                date,
    grant_amount                numeric(18,2) CHECK (grant_amount > 0),
    contract_number             varchar(40)   UNIQUE,
    contract_signed_on          date,
    contract_end                date,
    extended                    boolean       NOT NULL DEFAULT false,
    rectification_due_on        date,
    acceptance_requested_on     date,
    acceptance_rectified        boolean       NOT NULL DEFAULT false,
    decision_reason             varchar(1000),
    created_by                  varchar(100)  NOT NULL,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    CHECK (planned_end > planned_start),
    CHECK (status IN ('DRAFT', 'WITHDRAWN') OR submitted_on IS NOT NULL) -- a draft may be withdrawn unsubmitted
);
CREATE INDEX project_application_uscc ON project_application (uscc, created_at DESC);
CREATE INDEX project_application_call ON project_application (call_id, status);
CREATE INDEX project_application_region ON project_application (region, status);
-- one running application per enterprise and call
CREATE UNIQUE INDEX project_application_one_per_call ON project_application (call_id, uscc)
    WHERE status NOT IN ('WITHDRAWN', 'INELIGIBLE');

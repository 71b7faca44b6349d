-- Certification applications (认定申请): one case per application, followed by its tracking number from submission to
-- the decision, with the promised time limit counted in working days and paused while a correction is awaited.
CREATE TABLE certification_application (
    id                    uuid          PRIMARY KEY,
    tracking_number       varchar(30)   NOT NULL,
    matter_code           varchar(40)   NOT NULL,
    uscc                  varchar(18)   NOT NULL REFERENCES enterprise (uscc),
    certification_type    varchar(30)   NOT NULL REFERENCES certification_type (code),
    year                  integer       NOT NULL,
    status                varchar(24)   NOT NULL,
    materials             jsonb         NOT NULL,
    missing_materials     jsonb,
    eligibility_check_id  uuid          REFERENCES eligibility_check (id),
    submitted_on          date          NOT NULL,
    due_on                date          NOT NULL,
    paused_since          date,
    paused_working_days   integer       NOT NULL DEFAULT 0,
    publicity_from        date,
    publicity_to          date,
    decided_on            date,
    refusal_reason        varchar(1000),
    certification_id      uuid          REFERENCES certification (id),
    submitted_by          varchar(100)  NOT NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT certification_application_tracking_unique UNIQUE (tracking_number)
);
CREATE INDEX certification_application_uscc ON certification_application (uscc, created_at DESC, id);
CREATE INDEX certification_application_status ON certification_application (status, due_on, id);
-- one open application per enterprise and type: a second one while the first runs is refused
CREATE UNIQUE INDEX certification_application_open ON certification_application (uscc, certification_type)
    WHERE status IN ('SUBMITTED', 'CORRECTION_REQUESTED', 'EXPERT_REVIEW', 'PUBLICITY');

-- Experts assigned to review an application; only they may submit a review.
CREATE TABLE certification_application_expert (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES certification_application (id),
    expert_id       varchar(100)  NOT NULL,
    assigned_by     varchar(100)  NOT NULL,
    assigned_at     timestamptz   NOT NULL,
    CONSTRAINT certification_application_expert_once UNIQUE (application_id, expert_id)
);
CREATE INDEX certification_application_expert_by_expert ON certification_application_expert (expert_id);

CREATE TABLE expert_review (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES certification_application (id),
    expert_id       varchar(100)  NOT NULL,
    scores          jsonb         NOT NULL,
    opinion         varchar(4000) NOT NULL,
    recommended     boolean       NOT NULL,
    submitted_at    timestamptz   NOT NULL,
    CONSTRAINT expert_review_once UNIQUE (application_id, expert_id)
);

-- Objections raised during publicity (公示异议).
CREATE TABLE publicity_objection (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES certification_application (id),
    content         varchar(4000) NOT NULL,
    raised_by       varchar(100)  NOT NULL,
    raised_at       timestamptz   NOT NULL,
    resolution      varchar(4000),
    upheld          boolean,
    resolved_by     varchar(100),
    resolved_at     timestamptz
);
CREATE INDEX publicity_objection_application ON publicity_objection (application_id);

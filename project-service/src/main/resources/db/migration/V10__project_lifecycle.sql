-- Lifecycle records of a project after approval: change requests (变更申请, one extension at most) and mid-term
-- checks (中期检查), each a row per request or check; and the sequence of task contract numbers (任务书编号).
CREATE TABLE project_change_request (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES project_application (id),
    kind            varchar(20)   NOT NULL,
    reason          varchar(2000) NOT NULL,
    new_end         date,
    status          varchar(20)   NOT NULL,
    requested_by    varchar(100)  NOT NULL,
    requested_at    timestamptz   NOT NULL,
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_reason varchar(1000),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK (kind <> 'EXTENSION' OR new_end IS NOT NULL),
    CHECK (status = 'PENDING' OR decided_by IS NOT NULL)
);
CREATE INDEX project_change_request_application ON project_change_request (application_id, requested_at);

CREATE TABLE project_mid_term_check (
    id                   uuid          PRIMARY KEY,
    application_id       uuid          NOT NULL REFERENCES project_application (id),
    result               varchar(20)   NOT NULL,
    rectification_due_on date,
    remarks              varchar(2000),
    checked_on           date          NOT NULL,
    checked_by           varchar(100)  NOT NULL,
    created_at           timestamptz   NOT NULL,
    CHECK (result <> 'RECTIFICATION' OR rectification_due_on IS NOT NULL)
);
CREATE INDEX project_mid_term_check_application ON project_mid_term_check (application_id, created_at);

-- RW + year + six digits, unless the officer gives the number printed on the contract
CREATE SEQUENCE project_contract_number_seq;

-- lists filter by tracking number and sort by creation
CREATE INDEX project_application_created ON project_application (created_at DESC, id);

-- Grants (立项资助), tranches (拨付) and claw-backs (追回) of funded projects. Every money move is recorded by one
-- officer and confirmed by another (maker-checker), kept by CHECKs as well; the sums are kept by one ledger row per
-- project that only moves by conditional UPDATEs within its CHECKs, so parallel requests can never pass the grant.

-- The approval an officer proposes (maker) for an application in publicity; a new proposal replaces it until another
-- officer confirms it (checker), which reserves the amount in the call's budget (project_call.approved_amount).
CREATE TABLE project_grant_proposal (
    application_id  uuid          PRIMARY KEY REFERENCES project_application (id),
    amount          numeric(18,2) NOT NULL CHECK (amount > 0),
    reason          varchar(1000) NOT NULL,
    proposed_by     varchar(100)  NOT NULL,
    proposed_at     timestamptz   NOT NULL,
    confirmed_by    varchar(100),
    confirmed_at    timestamptz,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT project_grant_proposal_maker_checker CHECK (confirmed_by IS NULL OR confirmed_by <> proposed_by)
);

-- The money of one funded project: granted at approval; scheduled = Σ live (scheduled or paid) tranches; paid = Σ paid
-- tranches; clawed_back = Σ claw-backs demanded; recovered = Σ claw-backs received.
CREATE TABLE project_funds (
    application_id  uuid          PRIMARY KEY REFERENCES project_application (id),
    granted         numeric(18,2) NOT NULL CHECK (granted > 0),
    scheduled       numeric(18,2) NOT NULL DEFAULT 0,
    paid            numeric(18,2) NOT NULL DEFAULT 0,
    clawed_back     numeric(18,2) NOT NULL DEFAULT 0,
    recovered       numeric(18,2) NOT NULL DEFAULT 0,
    CONSTRAINT project_funds_scheduled CHECK (scheduled >= 0 AND scheduled <= granted),
    CONSTRAINT project_funds_paid CHECK (paid >= 0 AND paid <= scheduled),
    CONSTRAINT project_funds_clawed_back CHECK (clawed_back >= 0 AND clawed_back <= paid),
    CONSTRAINT project_funds_recovered CHECK (recovered >= 0 AND recovered <= clawed_back)
);

CREATE TABLE project_tranche (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES project_funds (application_id),
    amount          numeric(18,2) NOT NULL CHECK (amount > 0),
    purpose         varchar(500)  NOT NULL,
    planned_on      date          NOT NULL,
    status          varchar(20)   NOT NULL,
    scheduled_by    varchar(100)  NOT NULL,
    scheduled_at    timestamptz   NOT NULL,
    paid_on         date,
    voucher_number  varchar(50),
    paid_by         varchar(100),
    cancelled_by    varchar(100),
    cancel_reason   varchar(500),
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT project_tranche_paid CHECK ((status = 'PAID') = (paid_on IS NOT NULL)
        AND (paid_on IS NULL OR (voucher_number IS NOT NULL AND paid_by <> scheduled_by)))
);
CREATE INDEX project_tranche_project ON project_tranche (application_id, scheduled_at);

CREATE TABLE project_claw_back (
    id              uuid          PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES project_funds (application_id),
    amount          numeric(18,2) NOT NULL CHECK (amount > 0),
    reason          varchar(1000) NOT NULL,
    due_on          date          NOT NULL,
    status          varchar(20)   NOT NULL,
    recorded_by     varchar(100)  NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    received_on     date,
    voucher_number  varchar(50),
    received_by     varchar(100),
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT project_claw_back_received CHECK ((status = 'RECEIVED') = (received_on IS NOT NULL)
        AND (received_on IS NULL OR (voucher_number IS NOT NULL AND received_by <> recorded_by)))
);
CREATE INDEX project_claw_back_project ON project_claw_back (application_id, recorded_at);

-- Local read models of enterprises' certificates and violation records, fed by keji.enterprise.v1, so a call's
-- eligibility (required certifications, refused violations) is checked without asking enterprise-service or the
-- applicant (最多跑一次). Never written by the API.

-- One row per certificate (its id in enterprise-service). A certificate revoked or expired before project-service saw
-- it granted is still recorded, with what the event tells (valid_from unknown then).
CREATE TABLE certification_replica (
    id                 uuid         PRIMARY KEY,
    uscc               varchar(18)  NOT NULL,
    certification_type varchar(30)  NOT NULL,
    certificate_number varchar(60)  NOT NULL,
    valid_from         date,
    valid_to           date,
    status             varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED', 'EXPIRED')),
    -- the day it was revoked or its expiry recorded; null while ACTIVE
    status_on          date,
    last_event_id      text         NOT NULL,
    updated_at         timestamptz  NOT NULL
);
-- eligibility reads the certificates of one enterprise of the call's required types in one query
CREATE INDEX certification_replica_uscc ON certification_replica (uscc, certification_type);

-- Violation and credit records (违法失信记录); records are never edited.
CREATE TABLE violation_replica (
    id            uuid         PRIMARY KEY,
    uscc          varchar(18)  NOT NULL,
    kind          varchar(30)  NOT NULL,
    severity      varchar(10)  NOT NULL,
    occurred_on   date         NOT NULL,
    listed_until  date,
    last_event_id text         NOT NULL,
    updated_at    timestamptz  NOT NULL
);
CREATE INDEX violation_replica_uscc ON violation_replica (uscc, occurred_on);

-- A certificate's life after the grant (高新技术企业认定管理办法 第十六条–第十九条): annual reports, reports of major
-- changes, re-check and revocation with claw-back, expiry; and the findings of the officers' monitoring list.

-- UNDER_RECHECK has 13 characters
ALTER TABLE certification ALTER COLUMN status TYPE varchar(20);

ALTER TABLE certification
    -- copied from the type at the grant: a certificate keeps the obligation it was granted with
    ADD COLUMN annual_report_required boolean     NOT NULL DEFAULT false,
    -- the years whose annual report was filed (the reports are in certification_annual_report); kept on the row so
    -- that a view or a list computes the missing years without a query per certificate
    ADD COLUMN annual_report_years    integer[]   NOT NULL DEFAULT '{}',
    ADD COLUMN recheck_reason         varchar(2000),
    ADD COLUMN recheck_started_on     date,
    ADD COLUMN recheck_cleared_on     date,
    ADD COLUMN revoked_on             date,
    ADD COLUMN revocation_ground      varchar(30)
        CHECK (revocation_ground IN ('FRAUD', 'MAJOR_INCIDENT', 'UNREPORTED_CHANGE', 'MISSING_ANNUAL_REPORTS')),
    ADD COLUMN revocation_reason      varchar(2000),
    ADD COLUMN clawback_from_year     integer,
    ADD COLUMN expired_on             date;
ALTER TABLE certification ADD CONSTRAINT certification_status_known
    CHECK (status IN ('ACTIVE', 'UNDER_RECHECK', 'REVOKED', 'EXPIRED'));
ALTER TABLE certification ADD CONSTRAINT certification_revocation_complete
    CHECK (status <> 'REVOKED' OR (revoked_on IS NOT NULL AND revocation_ground IS NOT NULL
        AND revocation_reason IS NOT NULL AND clawback_from_year IS NOT NULL));
ALTER TABLE certification ADD CONSTRAINT certification_clawback_within_validity
    CHECK (clawback_from_year IS NULL
        OR clawback_from_year BETWEEN extract(year FROM valid_from) AND extract(year FROM valid_to));
UPDATE certification c SET annual_report_required = t.annual_report_required
    FROM certification_type t WHERE t.code = c.certification_type;
-- a full monitoring pass walks the certified certificates by id
CREATE INDEX certification_status_id ON certification (status, id);

-- Annual reports (年度发展情况报表): one per certificate and year, made of the yearly figures held, frozen as filed.
CREATE TABLE certification_annual_report (
    id               uuid         PRIMARY KEY,
    certification_id uuid         NOT NULL REFERENCES certification (id),
    uscc             varchar(18)  NOT NULL,
    year             integer      NOT NULL,
    due_on           date         NOT NULL,
    figures          jsonb        NOT NULL,
    figures_version  bigint       NOT NULL,
    submitted_at     timestamptz  NOT NULL,
    submitted_by     varchar(100) NOT NULL,
    late             boolean      NOT NULL,
    -- also the index of a certificate's reports by year
    CONSTRAINT certification_annual_report_year_unique UNIQUE (certification_id, year)
);

-- Reports of major changes (重大变化), due within three months of the change.
CREATE TABLE certification_change_report (
    id               uuid          PRIMARY KEY,
    certification_id uuid          NOT NULL REFERENCES certification (id),
    uscc             varchar(18)   NOT NULL,
    kind             varchar(20)   NOT NULL
        CHECK (kind IN ('NAME', 'REGION', 'OWNERSHIP', 'MERGER_OR_SPLIT', 'MAIN_BUSINESS', 'OTHER')),
    occurred_on      date          NOT NULL,
    description      varchar(2000) NOT NULL,
    due_on           date          NOT NULL,
    reported_at      timestamptz   NOT NULL,
    reported_by      varchar(100)  NOT NULL,
    late             boolean       NOT NULL
);
-- the sorts of GET /api/v1/certifications/{id}/change-reports, with the id as tie-breaker
CREATE INDEX certification_change_report_occurred ON certification_change_report (certification_id, occurred_on, id);
CREATE INDEX certification_change_report_reported ON certification_change_report (certification_id, reported_at, id);

-- Monitoring findings (监测名单): one row per certified certificate with something to show, refreshed when its
-- holder's figures or annual reports change, daily, and on demand. The list reads this table only.
CREATE TABLE monitoring_finding (
    certification_id       uuid         PRIMARY KEY REFERENCES certification (id),
    uscc                   varchar(18)  NOT NULL,
    certification_type     varchar(30)  NOT NULL,
    -- the holder's region when evaluated (the rules applied are that region's)
    region                 varchar(6)   NOT NULL,
    figures_year           integer,
    rule_set_id            uuid,
    failed_conditions      jsonb        NOT NULL DEFAULT '[]',
    missing_annual_reports jsonb        NOT NULL DEFAULT '[]',
    condition_failed       boolean      NOT NULL GENERATED ALWAYS AS (jsonb_array_length(failed_conditions) > 0) STORED,
    annual_report_missing  boolean      NOT NULL
        GENERATED ALWAYS AS (jsonb_array_length(missing_annual_reports) > 0) STORED,
    refreshed_at           timestamptz  NOT NULL,
    CONSTRAINT monitoring_finding_not_empty CHECK (condition_failed OR annual_report_missing)
);
-- filters and sorts of GET /api/v1/monitoring/certifications, with the certificate id as tie-breaker
CREATE INDEX monitoring_finding_uscc ON monitoring_finding (uscc, certification_id);
CREATE INDEX monitoring_finding_refreshed ON monitoring_finding (refreshed_at, certification_id);
CREATE INDEX monitoring_finding_type_region ON monitoring_finding (certification_type, region, uscc, certification_id);
CREATE INDEX monitoring_finding_region ON monitoring_finding (region, uscc, certification_id);
CREATE INDEX monitoring_finding_condition_failed ON monitoring_finding (uscc, certification_id) WHERE condition_failed;
CREATE INDEX monitoring_finding_report_missing ON monitoring_finding (uscc, certification_id) WHERE annual_report_missing;

-- Patents, their holders and their legal-status log (issue 15 item 1).
--
-- patent_legal_event is the record of a patent's legal status: append-only (the triggers below refuse UPDATE, DELETE
-- and TRUNCATE). The status columns of patent (status, lapse_reason, granted_on, grant_number, lapsed_on,
-- lapse_notice_on, restored, transferred, invalidation_pending, last_sequence) and the rows of patent_holder are
-- DERIVED CACHES of that log, written by the service in the transaction of each append, for lists and statistics;
-- nobody edits them by hand. term_ends_on follows from the type and the filing date.

-- WIPO ST.27 categories of legal-status events, as data (the letters this service records).
CREATE TABLE st27_category (
    letter varchar(1) PRIMARY KEY,
    name varchar(100) NOT NULL,
    name_zh varchar(50) NOT NULL
);
INSERT INTO st27_category (letter, name, name_zh) VALUES
    ('A', 'Filing', '申请'),
    ('F', 'IP right grant', '授权'),
    ('G', 'Post-grant challenge', '授权后异议/无效请求'),
    ('H', 'IP right cessation', '权利终止'),
    ('Q', 'IP right restoration', '权利恢复'),
    ('S', 'Change of ownership', '权利转移');

CREATE TABLE patent (
    id uuid PRIMARY KEY,
    application_number varchar(14) NOT NULL,
    patent_type varchar(20) NOT NULL,
    title varchar(500) NOT NULL,
    ipc_main_class varchar(20) NOT NULL,
    ipc_classes jsonb NOT NULL,
    filing_date date NOT NULL,
    filing_year smallint NOT NULL,
    region varchar(6) NOT NULL,
    inventors jsonb NOT NULL,
    term_ends_on date NOT NULL,
    status varchar(10) NOT NULL,
    lapse_reason varchar(20),
    grant_number varchar(16),
    granted_on date,
    lapsed_on date,
    lapse_notice_on date,
    restored boolean NOT NULL DEFAULT false,
    transferred boolean NOT NULL DEFAULT false,
    invalidation_pending boolean NOT NULL DEFAULT false,
    last_sequence integer NOT NULL,
    version bigint NOT NULL,
    registered_by varchar(100) NOT NULL,
    registered_at timestamptz NOT NULL,
    CONSTRAINT patent_application_number_unique UNIQUE (application_number),
    CONSTRAINT patent_status_known CHECK (status IN ('FILED', 'GRANTED', 'LAPSED')),
    CONSTRAINT patent_lapse_reason_with_lapse CHECK ((status = 'LAPSED') = (lapse_reason IS NOT NULL))
);
-- the list's filters and sorts, and the groupings of the statistics to come (region, year, type, status)
CREATE INDEX patent_region ON patent (region text_pattern_ops, id);
CREATE INDEX patent_statistics ON patent (filing_year, patent_type, status, region);
CREATE INDEX patent_granted ON patent (granted_on, patent_type, region) WHERE granted_on IS NOT NULL;
CREATE INDEX patent_status_term ON patent (status, term_ends_on);
CREATE INDEX patent_registered ON patent (registered_at, id);
CREATE INDEX patent_filing ON patent (filing_date, id);

-- the current holders (a derived cache: replaced by a transfer; the log keeps the history)
CREATE TABLE patent_holder (
    id uuid PRIMARY KEY,
    patent_id uuid NOT NULL REFERENCES patent (id),
    position smallint NOT NULL,
    uscc varchar(18) NOT NULL,
    name varchar(200) NOT NULL,
    share numeric(5, 2) NOT NULL CHECK (share > 0 AND share <= 100),
    CONSTRAINT patent_holder_position UNIQUE (patent_id, position),
    CONSTRAINT patent_holder_once UNIQUE (patent_id, uscc)
);
CREATE INDEX patent_holder_uscc ON patent_holder (uscc, patent_id);

CREATE TABLE patent_legal_event (
    id uuid PRIMARY KEY,
    patent_id uuid NOT NULL REFERENCES patent (id),
    sequence integer NOT NULL CHECK (sequence > 0),
    kind varchar(30) NOT NULL,
    national_code varchar(10) NOT NULL,
    st27_category varchar(1) NOT NULL REFERENCES st27_category (letter),
    effective_date date NOT NULL,
    details jsonb NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by varchar(100) NOT NULL,
    CONSTRAINT patent_legal_event_sequence UNIQUE (patent_id, sequence)
);

CREATE FUNCTION patent_legal_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'patent_legal_event is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER patent_legal_event_no_update BEFORE UPDATE OR DELETE ON patent_legal_event
    FOR EACH ROW EXECUTE FUNCTION patent_legal_event_append_only();
CREATE TRIGGER patent_legal_event_no_truncate BEFORE TRUNCATE ON patent_legal_event
    FOR EACH STATEMENT EXECUTE FUNCTION patent_legal_event_append_only();

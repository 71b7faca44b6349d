-- Patent dispute mediation (专利纠纷调解) and rights-protection assistance (维权援助) as cases, their mediation
-- sessions, the patents they concern (by application number: a patent in dispute need not be registered here), and
-- court preservation orders on patents (财产保全 / 诉前保全) the bureau records for the pledge check.

-- The matters (事项) of the two kinds of case with their limits in working days, as data: the decision on the request
-- (立案), the mediation or assistance itself from acceptance (promised and legal), and the closing after its end.
CREATE TABLE ip_dispute_matter (
    category                  varchar(20)  PRIMARY KEY,
    matter_code               varchar(40)  NOT NULL UNIQUE,
    name                      varchar(100) NOT NULL,
    decision_working_days     integer      NOT NULL CHECK (decision_working_days > 0),
    handling_promised_days    integer      NOT NULL CHECK (handling_promised_days > 0),
    handling_legal_days       integer      NOT NULL CHECK (handling_legal_days >= handling_promised_days),
    closing_working_days      integer      NOT NULL CHECK (closing_working_days > 0)
);
-- 专利行政执法办法 第十条: a request is decided (立案 or not) within 5 working days of its receipt
INSERT INTO ip_dispute_matter VALUES
    ('MEDIATION',  '330220012000', '专利纠纷行政调解', 5, 40, 60, 5),
    ('ASSISTANCE', '330270015000', '知识产权维权援助', 5, 20, 30, 5);

CREATE TABLE ip_dispute (
    id                          uuid          PRIMARY KEY,
    tracking_number             varchar(30)   NOT NULL UNIQUE,
    matter_code                 varchar(40)   NOT NULL,
    category                    varchar(20)   NOT NULL,
    kind                        varchar(20)   NOT NULL,
    status                      varchar(20)   NOT NULL,
    outcome                     varchar(20),
    region                      varchar(6)    NOT NULL,
    year                        integer       NOT NULL,
    requester_type              varchar(20)   NOT NULL,
    requester_uscc              varchar(18),
    requester_name              varchar(200)  NOT NULL,
    requester_id_number         varchar(18),
    respondents                 jsonb         NOT NULL,
    claim_summary               varchar(4000) NOT NULL,
    evidence                    jsonb         NOT NULL,
    decision_limit              integer       NOT NULL,
    handling_promised_limit     integer       NOT NULL,
    handling_legal_limit        integer       NOT NULL,
    closing_limit               integer       NOT NULL,
    step_started_on             date          NOT NULL,
    step_due_on                 date,
    accepted_on                 date,
    ended_on                    date,
    rejection_reason            varchar(2000),
    failure_reason              varchar(2000),
    agreement_material_id       uuid,
    agreement_terms             varchar(4000),
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
    requested_by                varchar(100)  NOT NULL,
    created_at                  timestamptz   NOT NULL,
    updated_at                  timestamptz   NOT NULL,
    version                     bigint        NOT NULL,
    CHECK (requester_type = 'ENTERPRISE' AND requester_uscc IS NOT NULL
        OR requester_type = 'PERSON' AND requester_id_number IS NOT NULL)
);
-- the list's filters and the statistics' groups (disputes by region, year, kind and outcome)
CREATE INDEX ip_dispute_region ON ip_dispute (region text_pattern_ops, created_at);
CREATE INDEX ip_dispute_year_kind ON ip_dispute (year, category, kind, outcome, region);
CREATE INDEX ip_dispute_status ON ip_dispute (status, created_at);
CREATE INDEX ip_dispute_requester ON ip_dispute (requester_uscc, created_at) WHERE requester_uscc IS NOT NULL;
CREATE INDEX ip_dispute_created ON ip_dispute (created_at, id);

-- the patents of each case, for the list's patent filter and the pledge check's ownership flag
CREATE TABLE ip_dispute_patent (
    dispute_id         uuid        NOT NULL REFERENCES ip_dispute (id),
    application_number varchar(14) NOT NULL,
    PRIMARY KEY (dispute_id, application_number)
);
CREATE INDEX ip_dispute_patent_number ON ip_dispute_patent (application_number, dispute_id);

CREATE TABLE ip_dispute_mediation_session (
    id          uuid          PRIMARY KEY,
    dispute_id  uuid          NOT NULL REFERENCES ip_dispute (id),
    held_on     date          NOT NULL,
    place       varchar(200)  NOT NULL,
    mediator    varchar(100)  NOT NULL,
    attendees   jsonb         NOT NULL,
    summary     varchar(4000) NOT NULL,
    recorded_by varchar(100)  NOT NULL,
    recorded_at timestamptz   NOT NULL
);
CREATE INDEX ip_dispute_mediation_session_dispute ON ip_dispute_mediation_session (dispute_id, held_on);

-- a court's preservation order on patents, in force from its first to its last day, or until the day before a court
-- lifted it (解除保全)
CREATE TABLE ip_patent_preservation (
    id            uuid         PRIMARY KEY,
    dispute_id    uuid         REFERENCES ip_dispute (id),
    region        varchar(6)   NOT NULL,
    kind          varchar(20)  NOT NULL,
    court         varchar(200) NOT NULL,
    order_number  varchar(100) NOT NULL,
    effective_from date        NOT NULL,
    effective_until date       NOT NULL CHECK (effective_until >= effective_from),
    lifted_on     date         CHECK (lifted_on > effective_from),
    lift_order_number varchar(100),
    recorded_by   varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    UNIQUE (court, order_number)
);
CREATE INDEX ip_patent_preservation_region ON ip_patent_preservation (region text_pattern_ops, recorded_at);

CREATE TABLE ip_patent_preservation_patent (
    preservation_id    uuid        NOT NULL REFERENCES ip_patent_preservation (id),
    application_number varchar(14) NOT NULL,
    PRIMARY KEY (preservation_id, application_number)
);
CREATE INDEX ip_patent_preservation_patent_number ON ip_patent_preservation_patent (application_number, preservation_id);

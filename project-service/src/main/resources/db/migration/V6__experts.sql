-- The expert pool (专家库), drawings (随机抽取) with their recorded seed, assignments with conflict declarations
-- (回避声明) and weighted criterion scores, and the scoring criteria per call category as data.
CREATE TABLE expert (
    id                 uuid          PRIMARY KEY,
    subject            varchar(100)  NOT NULL UNIQUE,
    name               varchar(100)  NOT NULL,
    organisation_uscc  varchar(18)   NOT NULL,
    organisation_name  varchar(200)  NOT NULL,
    fields             jsonb         NOT NULL DEFAULT '[]',
    region             varchar(6)    NOT NULL,
    title              varchar(100),
    phone              varchar(20),
    id_number          varchar(18),
    availability       varchar(20)   NOT NULL,
    unavailable_until  date,
    created_by         varchar(100)  NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CHECK (availability IN ('AVAILABLE', 'UNAVAILABLE')),
    CHECK (availability = 'UNAVAILABLE' OR unavailable_until IS NULL)
);
CREATE INDEX expert_fields ON expert USING gin (fields jsonb_path_ops);
CREATE INDEX expert_region ON expert (region);
CREATE INDEX expert_organisation ON expert (organisation_uscc);

CREATE TABLE expert_draw (
    id                     uuid         PRIMARY KEY,
    application_id         uuid         NOT NULL REFERENCES project_application (id),
    region                 varchar(6)   NOT NULL,
    seed                   bigint       NOT NULL,
    needed                 integer      NOT NULL CHECK (needed > 0),
    pool_size              integer      NOT NULL,
    candidate_count        integer      NOT NULL,
    excluded_organisation  integer      NOT NULL,
    excluded_partner       integer      NOT NULL,
    excluded_conflict      integer      NOT NULL,
    excluded_unavailable   integer      NOT NULL,
    excluded_already_drawn integer      NOT NULL,
    replaces               uuid,
    drawn_by               varchar(100) NOT NULL,
    drawn_at               timestamptz  NOT NULL
);
CREATE INDEX expert_draw_application ON expert_draw (application_id, drawn_at);

CREATE TABLE expert_assignment (
    id               uuid          PRIMARY KEY,
    draw_id          uuid          NOT NULL REFERENCES expert_draw (id),
    application_id   uuid          NOT NULL REFERENCES project_application (id),
    expert_id        uuid          NOT NULL REFERENCES expert (id),
    position         integer       NOT NULL,
    status           varchar(20)   NOT NULL,
    conflict_reason  varchar(1000),
    declared_at      timestamptz,
    replaced_by      uuid,
    scores           jsonb,
    weighted_total   numeric(9,4)  CHECK (weighted_total BETWEEN 0 AND 100),
    comment          varchar(2000),
    scored_at        timestamptz,
    created_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0,
    CHECK (status IN ('ASSIGNED', 'ACCEPTED', 'DECLINED', 'SCORED')),
    CHECK ((status = 'SCORED') = (weighted_total IS NOT NULL)),
    UNIQUE (application_id, expert_id)
);
-- an expert's own list and the reach rule (expert assigned to an open case of an enterprise)
CREATE INDEX expert_assignment_expert ON expert_assignment (expert_id, status, application_id);
CREATE INDEX expert_assignment_application ON expert_assignment (application_id, status);
CREATE UNIQUE INDEX expert_assignment_replaced_once ON expert_assignment (replaced_by) WHERE replaced_by IS NOT NULL;

-- Scoring criteria per call category; the weights of a category sum to 100.
CREATE TABLE expert_review_criterion (
    category   varchar(30)  NOT NULL,
    criterion  varchar(40)  NOT NULL,
    name       varchar(100) NOT NULL,
    weight     integer      NOT NULL CHECK (weight > 0 AND weight <= 100),
    position   integer      NOT NULL,
    PRIMARY KEY (category, criterion)
);
INSERT INTO expert_review_criterion (category, criterion, name, weight, position)
SELECT c.category, d.criterion, d.name, d.weight, d.position
FROM (VALUES ('INDUSTRIAL_RD'), ('AGRICULTURAL'), ('SOCIAL_DEVELOPMENT'), ('MEDICAL'), ('COMMISSIONER'),
             ('MAJOR_SPECIAL'), ('OTHER')) AS c (category)
CROSS JOIN (VALUES ('INNOVATION', '创新性与先进性', 30, 1),
                   ('FEASIBILITY', '技术路线可行性', 25, 2),
                   ('TEAM', '团队与基础条件', 15, 3),
                   ('BENEFIT', '预期经济社会效益', 20, 4),
                   ('BUDGET', '经费预算合理性', 10, 5)) AS d (criterion, name, weight, position);

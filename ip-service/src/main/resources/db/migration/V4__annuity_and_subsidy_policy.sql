-- Annuity fee schedules (年费标准), patent subsidy and grant-reward policies (专利资助 / 授权奖励政策) and regional resident
-- populations (常住人口), all held as data.

-- One version of the annuity schedule of one patent kind, in force from effective_from until the next version of the
-- kind. Versions are never edited (the database refuses UPDATE and DELETE); a new notice is a new version.
-- PCT kinds pay as their base kind, so only the three base kinds have schedules.
CREATE TABLE patent_annuity_fee_schedule (
    id              uuid         PRIMARY KEY,
    patent_type     varchar(20)  NOT NULL CHECK (patent_type IN ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
    effective_from  date         NOT NULL,
    term_years      integer      NOT NULL CHECK (term_years BETWEEN 1 AND 30),
    source          varchar(500) NOT NULL,
    published_by    varchar(100) NOT NULL,
    published_at    timestamptz  NOT NULL,
    CONSTRAINT patent_annuity_fee_schedule_version UNIQUE (patent_type, effective_from)
);

-- The fee of each band of term years (第 from_year–to_year 年, each year), in yuan.
CREATE TABLE patent_annuity_fee_band (
    schedule_id  uuid          NOT NULL REFERENCES patent_annuity_fee_schedule (id),
    from_year    integer       NOT NULL CHECK (from_year >= 1),
    to_year      integer       NOT NULL,
    amount       numeric(18,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (schedule_id, from_year),
    CONSTRAINT patent_annuity_fee_band_years CHECK (to_year >= from_year)
);

CREATE FUNCTION keji_refuse_annuity_schedule_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'annuity fee schedules are never changed: publish a new version'
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER patent_annuity_fee_schedule_immutable BEFORE UPDATE OR DELETE ON patent_annuity_fee_schedule
    FOR EACH ROW EXECUTE FUNCTION keji_refuse_annuity_schedule_change();
CREATE TRIGGER patent_annuity_fee_band_immutable BEFORE UPDATE OR DELETE ON patent_annuity_fee_band
    FOR EACH ROW EXECUTE FUNCTION keji_refuse_annuity_schedule_change();

-- The current official schedule (yuan per year of the term), CNIPA 专利收费标准 (年费), set by 国家发展改革委、财政部
-- (发改价格〔2017〕270号 as we recall it: the number was not checked against the notice itself, so the stored source
-- names only CNIPA's fee table); the design annuities of years 11–15 (3000) came with the 15-year design term of the fourth
-- amendment of the Patent Law (专利法 第四十二条, in force 2021-06-01), which is why this version starts that day.
-- Checked against two public copies of CNIPA's fee table (攀枝花市市场监督管理局 专利年费收费标准; 91ipr 官方费用表): the same
-- amounts; 年费滞纳金 "每超过规定的缴费时间1个月，加收当年全额年费的5%".
INSERT INTO patent_annuity_fee_schedule (id, patent_type, effective_from, term_years, source, published_by, published_at)
VALUES ('6a1f0c2e-0001-4000-8000-000000000001', 'INVENTION', '2021-06-01', 20,
        '国家知识产权局 专利收费标准（年费）', 'migration', '2026-11-30T00:00:00+08:00'),
       ('6a1f0c2e-0002-4000-8000-000000000002', 'UTILITY_MODEL', '2021-06-01', 10,
        '国家知识产权局 专利收费标准（年费）', 'migration', '2026-11-30T00:00:00+08:00'),
       ('6a1f0c2e-0003-4000-8000-000000000003', 'DESIGN', '2021-06-01', 15,
        '国家知识产权局 专利收费标准（年费）；第11–15年随专利法第四次修正（2021年6月1日施行）',
        'migration', '2026-11-30T00:00:00+08:00');
INSERT INTO patent_annuity_fee_band (schedule_id, from_year, to_year, amount)
VALUES ('6a1f0c2e-0001-4000-8000-000000000001', 1, 3, 900.00),
       ('6a1f0c2e-0001-4000-8000-000000000001', 4, 6, 1200.00),
       ('6a1f0c2e-0001-4000-8000-000000000001', 7, 9, 2000.00),
       ('6a1f0c2e-0001-4000-8000-000000000001', 10, 12, 4000.00),
       ('6a1f0c2e-0001-4000-8000-000000000001', 13, 15, 6000.00),
       ('6a1f0c2e-0001-4000-8000-000000000001', 16, 20, 8000.00),
       ('6a1f0c2e-0002-4000-8000-000000000002', 1, 3, 600.00),
       ('6a1f0c2e-0002-4000-8000-000000000002', 4, 5, 900.00),
       ('6a1f0c2e-0002-4000-8000-000000000002', 6, 8, 1200.00),
       ('6a1f0c2e-0002-4000-8000-000000000002', 9, 10, 2000.00),
       ('6a1f0c2e-0003-4000-8000-000000000003', 1, 3, 600.00),
       ('6a1f0c2e-0003-4000-8000-000000000003', 4, 5, 900.00),
       ('6a1f0c2e-0003-4000-8000-000000000003', 6, 8, 1200.00),
       ('6a1f0c2e-0003-4000-8000-000000000003', 9, 10, 2000.00),
       ('6a1f0c2e-0003-4000-8000-000000000003', 11, 15, 3000.00);

-- Subsidy and grant-reward policies by year and region (the region's GB/T 2260 prefix: a policy of 350100 applies to
-- patents and enterprises of 3501xx). Later steps add applications against them; a policy is closed, never deleted.
CREATE TABLE patent_subsidy_policy (
    id                     uuid          PRIMARY KEY,
    code                   varchar(40)   NOT NULL,
    name                   varchar(200)  NOT NULL,
    year                   integer       NOT NULL,
    region                 varchar(6)    NOT NULL,
    region_prefix          varchar(6)    NOT NULL,
    kind                   varchar(20)   NOT NULL,
    cap_amount             numeric(18,2),
    cap_count              integer       CHECK (cap_count > 0),
    eligible_status        varchar(10)   NOT NULL,
    application_from       date          NOT NULL,
    application_to         date          NOT NULL,
    matter_code            varchar(40)   NOT NULL,
    promised_working_days  integer       NOT NULL CHECK (promised_working_days > 0),
    legal_working_days     integer       NOT NULL,
    budget                 numeric(18,2),
    status                 varchar(10)   NOT NULL,
    closed_at              timestamptz,
    created_by             varchar(100)  NOT NULL,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT patent_subsidy_policy_code UNIQUE (code),
    CONSTRAINT patent_subsidy_policy_window CHECK (application_to >= application_from),
    CONSTRAINT patent_subsidy_policy_limits CHECK (legal_working_days >= promised_working_days)
);
-- the list filters (year, region prefix, kind) and the statistics' grouping (region, year, kind)
CREATE INDEX patent_subsidy_policy_region_year ON patent_subsidy_policy (region, year, kind, id);
CREATE INDEX patent_subsidy_policy_year ON patent_subsidy_policy (year, kind, id);

-- The amount per patent type; a type without a row is not eligible under the policy.
CREATE TABLE patent_subsidy_policy_amount (
    policy_id    uuid          NOT NULL REFERENCES patent_subsidy_policy (id),
    patent_type  varchar(20)   NOT NULL,
    amount       numeric(18,2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (policy_id, patent_type)
);

-- Resident population (常住人口) of a region at the end of a year, for "valid invention patents per 10 000 residents".
CREATE TABLE regional_population (
    region      varchar(6)   NOT NULL,
    year        integer      NOT NULL,
    residents   bigint       NOT NULL CHECK (residents > 0),
    source      varchar(500) NOT NULL,
    updated_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (region, year)
);
CREATE INDEX regional_population_year ON regional_population (year, region);

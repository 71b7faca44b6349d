-- Registry search: the industry of an enterprise and an index for every filter and sort the list offers.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the service's own role may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE enterprise ADD COLUMN industry varchar(5);

-- name contains …: a trigram index serves ILIKE '%…%' (patterns of three characters or more use it selectively)
CREATE INDEX enterprise_name_trgm ON enterprise USING gin (name gin_trgm_ops);
CREATE INDEX enterprise_name ON enterprise (name, id);
-- industry filters by prefix (a section or division matches every class below it)
CREATE INDEX enterprise_industry ON enterprise (industry varchar_pattern_ops);
CREATE INDEX enterprise_registration_date ON enterprise (registration_date, id);
CREATE INDEX enterprise_created_at ON enterprise (created_at, id);

-- Yearly figures (年度数据) of an enterprise: one row per enterprise and year, replaced as a whole.
CREATE TABLE enterprise_figures (
    id                  uuid          PRIMARY KEY,
    uscc                varchar(18)   NOT NULL REFERENCES enterprise (uscc),
    year                integer       NOT NULL,
    employees           integer       NOT NULL CHECK (employees >= 0),
    rd_staff            integer       NOT NULL CHECK (rd_staff >= 0 AND rd_staff <= employees),
    sales_revenue       numeric(18,2) NOT NULL CHECK (sales_revenue >= 0),
    total_revenue       numeric(18,2) NOT NULL CHECK (total_revenue >= sales_revenue),
    high_tech_revenue   numeric(18,2) NOT NULL CHECK (high_tech_revenue >= 0 AND high_tech_revenue <= total_revenue),
    rd_expense          numeric(18,2) NOT NULL CHECK (rd_expense >= 0),
    domestic_rd_expense numeric(18,2) NOT NULL CHECK (domestic_rd_expense >= 0 AND domestic_rd_expense <= rd_expense),
    total_cost          numeric(18,2) NOT NULL CHECK (total_cost >= 0),
    total_assets        numeric(18,2) NOT NULL CHECK (total_assets >= 0),
    net_assets          numeric(18,2) NOT NULL CHECK (net_assets <= total_assets),
    source              varchar(12)   NOT NULL,
    reported_by         varchar(100)  NOT NULL,
    reported_at         timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_figures_year_unique UNIQUE (uscc, year)
);

-- Violations and credit records (违法失信记录) shared with the bureau, used by the certification rules.
CREATE TABLE enterprise_violation (
    id          uuid          PRIMARY KEY,
    uscc        varchar(18)   NOT NULL REFERENCES enterprise (uscc),
    kind        varchar(20)   NOT NULL,
    severity    varchar(10)   NOT NULL,
    occurred_on date          NOT NULL,
    authority   varchar(200)  NOT NULL,
    description varchar(2000) NOT NULL,
    listed_until date,
    recorded_by varchar(100)  NOT NULL,
    recorded_at timestamptz   NOT NULL
);
CREATE INDEX enterprise_violation_uscc ON enterprise_violation (uscc, occurred_on);

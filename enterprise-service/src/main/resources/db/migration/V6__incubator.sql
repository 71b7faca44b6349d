-- Incubators and maker spaces (孵化器 / 众创空间), their tenants (在孵企业), the tenants' yearly assessment and the
-- seed-fund payments made to them.

-- Trigram index for the directory's "name contains" filter; pg_trgm is a trusted extension, so the database owner
-- may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE incubator (
    id                  uuid          PRIMARY KEY,
    name                varchar(200)  NOT NULL,
    kind                varchar(20)   NOT NULL CHECK (kind IN ('INCUBATOR', 'MAKER_SPACE')),
    level               varchar(20)   NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    -- sorting by level means national first, not alphabetical
    level_rank          smallint      NOT NULL GENERATED ALWAYS AS (
                            CASE level WHEN 'NATIONAL' THEN 1 WHEN 'PROVINCIAL' THEN 2 WHEN 'MUNICIPAL' THEN 3 ELSE 4 END
                        ) STORED,
    operator_uscc       varchar(18)   NOT NULL,
    operator_name       varchar(200)  NOT NULL,
    region              varchar(6)    NOT NULL,
    space_square_metres numeric(12,2) NOT NULL CHECK (space_square_metres >= 0),
    capacity            integer       NOT NULL CHECK (capacity >= 1),
    recognised_on       date          NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);
-- filters of GET /api/v1/incubators
CREATE INDEX incubator_level ON incubator (level);
CREATE INDEX incubator_kind ON incubator (kind);
CREATE INDEX incubator_region ON incubator (region);
CREATE INDEX incubator_name_trgm ON incubator USING gin (name gin_trgm_ops);
-- sorts of GET /api/v1/incubators, with the id as tie-breaker so pages do not overlap
CREATE INDEX incubator_name ON incubator (name, id);
CREATE INDEX incubator_level_rank ON incubator (level_rank, id);
CREATE INDEX incubator_recognised_on ON incubator (recognised_on, id);

CREATE TABLE incubator_tenant (
    id                      uuid         PRIMARY KEY,
    incubator_id            uuid         NOT NULL REFERENCES incubator (id),
    uscc                    varchar(18)  NOT NULL,
    name                    varchar(200) NOT NULL,
    moved_in_on             date         NOT NULL,
    incubation_limit_months integer      NOT NULL CHECK (incubation_limit_months >= 1),
    status                  varchar(20)  NOT NULL CHECK (status IN ('INCUBATING', 'GRADUATED', 'MOVED_OUT')),
    move_out_deadline       date,
    graduated_on            date,
    moved_out_on            date,
    move_out_reason         varchar(500),
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0
);
-- an enterprise incubates in one place at a time
CREATE UNIQUE INDEX incubator_tenant_incubating_uscc ON incubator_tenant (uscc) WHERE status = 'INCUBATING';
-- tenants of an incubator by status (filter, and the count of active tenants) and by move-in date or name (sorts)
CREATE INDEX incubator_tenant_incubator_status ON incubator_tenant (incubator_id, status, moved_in_on, id);
CREATE INDEX incubator_tenant_incubator_moved_in ON incubator_tenant (incubator_id, moved_in_on, id);
CREATE INDEX incubator_tenant_incubator_name ON incubator_tenant (incubator_id, name, id);
-- an applicant's own tenant records
CREATE INDEX incubator_tenant_uscc ON incubator_tenant (uscc);

CREATE TABLE incubator_tenant_assessment (
    id          uuid         PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES incubator_tenant (id),
    year        integer      NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    grade       varchar(20)  NOT NULL CHECK (grade IN ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    assessed_on date         NOT NULL,
    remarks     varchar(1000),
    created_at  timestamptz  NOT NULL,
    CONSTRAINT incubator_tenant_assessment_year_unique UNIQUE (tenant_id, year)
);

CREATE TABLE incubator_seed_fund_payment (
    id           uuid          PRIMARY KEY,
    incubator_id uuid          NOT NULL REFERENCES incubator (id),
    tenant_id    uuid          NOT NULL REFERENCES incubator_tenant (id),
    amount       numeric(18,2) NOT NULL CHECK (amount > 0),
    paid_on      date          NOT NULL,
    purpose      varchar(500)  NOT NULL,
    created_at   timestamptz   NOT NULL
);
-- a tenant's payments by date (list) and the sums per tenant and per incubator
CREATE INDEX incubator_seed_fund_payment_tenant ON incubator_seed_fund_payment (tenant_id, paid_on, id) INCLUDE (amount);
CREATE INDEX incubator_seed_fund_payment_incubator ON incubator_seed_fund_payment (incubator_id) INCLUDE (amount);

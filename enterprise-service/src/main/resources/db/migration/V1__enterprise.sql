-- The registry of enterprises known to the bureau, one row per unified social credit code.
CREATE TABLE enterprise (
    id                uuid         PRIMARY KEY,
    uscc              varchar(18)  NOT NULL,
    name              varchar(200) NOT NULL,
    region            varchar(6)   NOT NULL,
    registration_date date         NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_uscc_unique UNIQUE (uscc)
);
CREATE INDEX enterprise_region ON enterprise (region);

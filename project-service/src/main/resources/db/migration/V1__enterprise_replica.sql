-- Local read model of enterprise-service's registry, fed by keji.enterprise.v1 (never written by the API).
CREATE TABLE enterprise_replica (
    uscc              varchar(18)  PRIMARY KEY,
    name              varchar(200) NOT NULL,
    region            varchar(6)   NOT NULL,
    registration_date date         NOT NULL,
    revision          integer      NOT NULL,
    last_event_id     text         NOT NULL,
    updated_at        timestamptz  NOT NULL
);
CREATE INDEX enterprise_replica_region ON enterprise_replica (region);
CREATE INDEX enterprise_replica_registration_date ON enterprise_replica (registration_date);

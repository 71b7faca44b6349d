-- Local read model of enterprises' materials (metadata only), fed by keji.enterprise.material-registered.v1, so a
-- case of this service references a material by id without calling enterprise-service (MaterialReferences).
CREATE TABLE material_replica (
    id            uuid         PRIMARY KEY,
    uscc          varchar(18)  NOT NULL,
    kind          varchar(30)  NOT NULL,
    title         varchar(200) NOT NULL,
    file_name     varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    valid_until   date,
    sha256        varchar(64)  NOT NULL,
    last_event_id text         NOT NULL,
    updated_at    timestamptz  NOT NULL
);
-- MaterialReferences looks materials up by owner and ids
CREATE INDEX material_replica_uscc ON material_replica (uscc, id);

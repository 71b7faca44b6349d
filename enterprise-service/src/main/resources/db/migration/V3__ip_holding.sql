-- Local read model of the patents each enterprise holds, fed by keji.ip.v1 (never written by the API); certification
-- scoring counts Class I and Class II holdings from it.
CREATE TABLE ip_holding (
    application_number varchar(20)  PRIMARY KEY,
    holder_uscc        varchar(18)  NOT NULL,
    patent_type        varchar(20)  NOT NULL,
    ip_class           varchar(8)   NOT NULL,
    title              varchar(500),
    granted_on         date,
    grant_number       varchar(16),
    status             varchar(10)  NOT NULL,
    lapsed_on          date,
    lapse_reason       varchar(20),
    held_since         date,
    revision           integer      NOT NULL,
    last_event_id      text         NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CONSTRAINT ip_holding_status_check CHECK (status IN ('ACTIVE', 'LAPSED')),
    CONSTRAINT ip_holding_ip_class_check CHECK (ip_class IN ('CLASS_I', 'CLASS_II')),
    CONSTRAINT ip_holding_lapse_check CHECK ((status = 'LAPSED') = (lapsed_on IS NOT NULL))
);
-- the filters of the list and the count of held items per holder and class
CREATE INDEX ip_holding_holder_status_class ON ip_holding (holder_uscc, status, ip_class);

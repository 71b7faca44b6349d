-- Tables of the Keji platform library, the same in every service's database.

-- Transactional outbox: written in the transaction of the state change, published by OutboxRelay.
CREATE TABLE outbox_event (
    seq             bigint GENERATED ALWAYS AS IDENTITY,
    id              uuid        PRIMARY KEY,
    topic           text        NOT NULL,
    message_key     text        NOT NULL,
    type            text        NOT NULL,
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Inbox: ids of processed events, written in the transaction of the consumer's effect.
CREATE TABLE inbox_event (
    consumer    text        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_event_received_at ON inbox_event (received_at);

-- Idempotency-Key of creating POSTs: the first response, replayed for a retry of the same request.
CREATE TABLE idempotency_record (
    principal       text        NOT NULL,
    idempotency_key text        NOT NULL,
    operation       text        NOT NULL,
    request_hash    text        NOT NULL,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);

-- Case tracking numbers (办件编号): one sequence per database, unique across replicas.
CREATE SEQUENCE keji_tracking_number_seq MAXVALUE 99999999 CYCLE;

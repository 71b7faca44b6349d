-- Audit trail (org.keji.commons.audit): one row per state-changing /api/v1 request, who did what to which record, when
-- and with what outcome. Append-only: UPDATE, DELETE and TRUNCATE are refused by triggers. Hash-chained: each entry's
-- hash is SHA-256 over the canonical text of its fields (audit_entry_canonical) and the hash of the entry before, so a
-- changed, inserted or removed entry breaks the chain at that point (GET /api/v1/audit/{service}/verification).

-- The chain's head: the last entry's sequence number and hash. One row, locked by each insert until its transaction
-- ends, so concurrent writers append one after the other and never fork the chain; a rolled-back insert leaves no gap.
CREATE TABLE audit_head (
    id   boolean PRIMARY KEY DEFAULT true CHECK (id),
    seq  bigint  NOT NULL,
    hash text    NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (true, 0, repeat('0', 64));

CREATE TABLE audit_entry (
    seq           bigint      PRIMARY KEY,
    recorded_at   timestamptz NOT NULL,
    -- the token's subject, or 'anonymous'
    subject       text        NOT NULL,
    -- the caller's roles (groups claim), sorted and comma-separated
    role          text,
    -- the client application: the token's azp or client_id claim
    client        text,
    -- the route template, e.g. 'POST /api/v1/enterprises/{uscc}/violations'
    operation     text        NOT NULL,
    record_type   text,
    record_id     text,
    request_id    text,
    -- the HTTP status answered, also for refusals
    status        integer     NOT NULL,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL
);
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, seq);

-- The text an entry's hash covers: each field as <UTF-8 byte length>:<value>, NULL as ~, joined by |, the time in UTC
-- with microseconds. AuditChain recomputes it in Java, independently of this function, when it verifies the chain.
CREATE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '~' ELSE octet_length(value) || ':' || value END
$$;

CREATE FUNCTION audit_entry_hash(e audit_entry) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        audit_field(e.seq::text) || '|'
        || audit_field(to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || '|'
        || audit_field(e.subject) || '|' || audit_field(e.role) || '|' || audit_field(e.client) || '|'
        || audit_field(e.operation) || '|' || audit_field(e.record_type) || '|' || audit_field(e.record_id) || '|'
        || audit_field(e.request_id) || '|' || audit_field(e.status::text) || '|' || audit_field(e.previous_hash),
        'UTF8')), 'hex')
$$;

-- Numbers and chains the new entry under the head's lock; whatever seq and hashes the writer sent are replaced.
CREATE FUNCTION audit_entry_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head audit_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_head WHERE id FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.previous_hash := head.hash;
    NEW.hash := audit_entry_hash(NEW);
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_chain();

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the head moves only with an insert into audit_entry (trigger depth 2)
    IF TG_TABLE_NAME = 'audit_head' AND TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_guarded BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

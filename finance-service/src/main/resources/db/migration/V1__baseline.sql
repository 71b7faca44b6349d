-- Baseline of the finance-service database: the platform tables (outbox, inbox, idempotency) come from
-- db/platform; the service's own tables arrive with its first feature.
SELECT 1;

-- Statistics over a million certificates. Only ACTIVE and UNDER_RECHECK certificates can be valid on a day, and once
-- the daily expiry job has marked the past ones EXPIRED they are about the certificates valid today: a fraction of the
-- table. Both indexes hold only those, with every column the statistics read, so the counts come from the index alone
-- (index-only scans) instead of the heap pages of every certificate ever held. The statements name the two statuses as
-- literals so that the planner can prove the predicate.

-- Certified enterprises (GET /api/v1/certification-statistics/certified): in holder order, so PostgreSQL reduces the
-- certificates to one row per enterprise and group as they stream, without sorting them.
CREATE INDEX certification_certified ON certification (uscc, certification_type, region)
    INCLUDE (valid_from, valid_to) WHERE status IN ('ACTIVE', 'UNDER_RECHECK');

-- Certificates expiring soon (…/expiring): a short range of the last day.
CREATE INDEX certification_expiring ON certification (valid_to)
    INCLUDE (valid_from, certification_type, region) WHERE status IN ('ACTIVE', 'UNDER_RECHECK');

-- Certification applications on the shared case kernel (org.keji.commons.cases.CaseClock): a promised and a legal
-- time limit in working days, both due dates, whether each was counted through a year without calendar data
-- (provisional), the pause for a correction and the closing day.

-- The legal time limit (法定时限) of each type, never shorter than the promised one (承诺时限): HNTE 60 working days,
-- the same as its promise (review, expert scoring and 10 days of publicity leave no margin); TECH_SME 30 and
-- TECH_GIANT 45, half as long again as their promises.
ALTER TABLE certification_type ADD COLUMN legal_working_days integer;
UPDATE certification_type SET legal_working_days = CASE code
    WHEN 'HNTE' THEN 60
    WHEN 'TECH_SME' THEN 30
    WHEN 'TECH_GIANT' THEN 45
    ELSE promised_working_days END;
ALTER TABLE certification_type ALTER COLUMN legal_working_days SET NOT NULL,
    ADD CONSTRAINT certification_type_legal_limit CHECK (legal_working_days >= promised_working_days);

-- The promised date and the decision day keep their values under the kernel's names (the index on
-- (status, due_on, id) follows the column).
ALTER TABLE certification_application RENAME COLUMN due_on TO promised_due_on;
ALTER TABLE certification_application RENAME COLUMN decided_on TO closed_on;
ALTER TABLE certification_application
    ADD COLUMN promised_limit integer,
    ADD COLUMN legal_limit integer,
    ADD COLUMN legal_due_on date,
    ADD COLUMN promised_due_on_provisional boolean NOT NULL DEFAULT false,
    ADD COLUMN legal_due_on_provisional boolean NOT NULL DEFAULT false;

-- Existing cases: the limits of their type (applications took the type's promise when they were submitted).
UPDATE certification_application a
    SET promised_limit = t.promised_working_days, legal_limit = t.legal_working_days
    FROM certification_type t WHERE t.code = a.certification_type;

-- Their promised dates were counted on the calendar of 2025 and 2026 only: a date reached through another year was
-- counted Monday to Friday and is provisional.
UPDATE certification_application
    SET promised_due_on_provisional = extract(year FROM least(submitted_on + 1, promised_due_on)) < 2025
        OR extract(year FROM promised_due_on) > 2026;

-- The legal date: the same as the promised one where the limits are equal; else the promised date moved by the
-- difference, counted Monday to Friday here (SQL has no calendar) and therefore provisional until the service counts
-- it again (ApplicationService.recomputeDueDates).
UPDATE certification_application
    SET legal_due_on = promised_due_on, legal_due_on_provisional = promised_due_on_provisional
    WHERE legal_limit = promised_limit;
UPDATE certification_application a
    SET legal_due_on = (
            SELECT day::date FROM (
                SELECT day, row_number() OVER (ORDER BY day) AS n
                FROM generate_series(a.promised_due_on + 1, a.promised_due_on + 2 * (a.legal_limit - a.promised_limit) + 7,
                    interval '1 day') AS day
                WHERE extract(isodow FROM day) < 6) AS weekdays
            WHERE n = a.legal_limit - a.promised_limit),
        legal_due_on_provisional = true
    WHERE legal_limit > promised_limit;

ALTER TABLE certification_application
    ALTER COLUMN promised_limit SET NOT NULL,
    ALTER COLUMN legal_limit SET NOT NULL,
    ALTER COLUMN legal_due_on SET NOT NULL,
    ADD CONSTRAINT certification_application_limits CHECK (promised_limit >= 0 AND legal_limit >= promised_limit);

-- Open cases with a provisional date, counted again when the calendar of a year is loaded.
CREATE INDEX certification_application_provisional ON certification_application (submitted_on, id)
    WHERE (promised_due_on_provisional OR legal_due_on_provisional)
        AND status IN ('SUBMITTED', 'CORRECTION_REQUESTED', 'EXPERT_REVIEW', 'PUBLICITY');

-- Annuity payments of each patent (年费缴纳记录) and the annuity standing cached on the patent row.
--
-- The grant year's annuity is paid with the registration formalities (专利法实施细则 2010 第九十七条: 办理登记手续时缴纳
-- "授予专利权当年的年费"), before the grant is announced: no payment is recorded for it, and the annuities recorded here
-- start with the year after the grant year (第九十八条: "授予专利权当年以后的年费应当在上一年度期满前缴纳"). Payments are
-- recorded year by year, in order, so the years paid are always 1 … paid_through_year with no gap.

-- The term year (1, 2, …) that contains {day}: the n with filing + (n − 1) years <= day < filing + n years, where adding
-- years clamps 29 Feb to 28 Feb exactly like java.time's plusYears (AnnuityStanding.termYearOn is the same rule).
CREATE FUNCTION patent_term_year(filing date, day date) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT k + 1 - CASE WHEN (filing + make_interval(years => k))::date > day THEN 1 ELSE 0 END
FROM (SELECT (extract(year FROM day) - extract(year FROM filing))::integer AS k) years
$$;

-- The due date of the first unpaid annuity: the year after max(paid_through_year, the grant year), due on the anniversary
-- of filing that starts it; null before the grant and once that year would start at or after the term's end.
CREATE FUNCTION patent_next_annuity_due(filing date, granted date, paid_through integer, term_ends date) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN granted IS NOT NULL AND due < term_ends THEN due END
FROM (SELECT (filing + make_interval(years => greatest(coalesce(paid_through, 0), patent_term_year(filing, granted))))::date
             AS due) next
$$;

-- paid_through_year is written by each payment (row locked); the two dates follow from it, the filing and grant dates by
-- themselves (generated), so a grant or a payment can never leave them stale.
ALTER TABLE patent
    ADD COLUMN paid_through_year smallint,
    ADD COLUMN next_annuity_due_on date
        GENERATED ALWAYS AS (patent_next_annuity_due(filing_date, granted_on, paid_through_year, term_ends_on)) STORED,
    ADD COLUMN next_annuity_grace_ends_on date
        GENERATED ALWAYS AS ((patent_next_annuity_due(filing_date, granted_on, paid_through_year, term_ends_on)
                              + interval '6 months')::date) STORED;

-- the lapse job's candidates: granted patents whose first unpaid annuity's grace has ended (no scan)
CREATE INDEX patent_annuity_grace ON patent (next_annuity_grace_ends_on, id) WHERE status = 'GRANTED';

CREATE TABLE patent_annuity_payment (
    id                  uuid          PRIMARY KEY,
    patent_id           uuid          NOT NULL REFERENCES patent (id),
    term_year           smallint      NOT NULL CHECK (term_year BETWEEN 1 AND 20),
    due_on              date          NOT NULL,
    paid_on             date          NOT NULL,
    -- 0 on time, 1–6 the month of the grace; a payment with a restoration request is charged as month 6 (25 %)
    month_of_grace      smallint      NOT NULL CHECK (month_of_grace BETWEEN 0 AND 6),
    fee                 numeric(18,2) NOT NULL CHECK (fee >= 0),
    surcharge_rate      numeric(3,2)  NOT NULL CHECK (surcharge_rate BETWEEN 0 AND 0.25),
    surcharge           numeric(18,2) NOT NULL CHECK (surcharge >= 0),
    total               numeric(18,2) NOT NULL CHECK (total = fee + surcharge),
    restoration         boolean       NOT NULL,
    schedule_id         uuid          NOT NULL REFERENCES patent_annuity_fee_schedule (id),
    receipt_material_id uuid,
    -- the patent's region (GB/T 2260), copied so that statistics of annuities paid group without a join
    region              varchar(6)    NOT NULL,
    recorded_by         varchar(100)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    CONSTRAINT patent_annuity_payment_year_unique UNIQUE (patent_id, term_year)
);
CREATE INDEX patent_annuity_payment_statistics ON patent_annuity_payment (paid_on, region);

-- a payment is a record of what CNIPA received: never changed, never removed
CREATE FUNCTION patent_annuity_payment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'patent_annuity_payment is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER patent_annuity_payment_no_update BEFORE UPDATE OR DELETE ON patent_annuity_payment
    FOR EACH ROW EXECUTE FUNCTION patent_annuity_payment_append_only();
CREATE TRIGGER patent_annuity_payment_no_truncate BEFORE TRUNCATE ON patent_annuity_payment
    FOR EACH STATEMENT EXECUTE FUNCTION patent_annuity_payment_append_only();

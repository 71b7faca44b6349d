-- A few early pilot codes (Fujian) are real yet fail their check character: an officer or admin may register one with
-- an explicit override, recorded here with who accepted it, why and when. All three are set together or not at all.
ALTER TABLE enterprise
    ADD COLUMN check_digit_override_by varchar(100),
    ADD COLUMN check_digit_override_reason varchar(500),
    ADD COLUMN check_digit_override_at timestamptz,
    ADD CONSTRAINT enterprise_check_digit_override_complete CHECK (
        (check_digit_override_by IS NULL) = (check_digit_override_reason IS NULL)
        AND (check_digit_override_by IS NULL) = (check_digit_override_at IS NULL));

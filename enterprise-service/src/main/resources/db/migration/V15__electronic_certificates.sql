-- Electronic certificates (电子证照): every certificate carries a verification code and the holder's name as issued.
--
-- The code is never stored: it is HMAC-SHA-256(code secret, verification_salt), shown as 16 Crockford base32
-- characters (80 bits). A reader of the database (or of a backup) holds the salt but not the service's secret, so it
-- cannot produce a code that verifies. The service draws the salt of a new certificate itself (16 bytes of
-- SecureRandom); the default gives every existing row, and any row written by SQL alone, one of its own from
-- gen_random_uuid() (built in since PostgreSQL 13, no pgcrypto needed; a volatile default is drawn per row): 122
-- random bits, enough since the secret is the key.
ALTER TABLE certification ADD COLUMN verification_salt bytea NOT NULL
    DEFAULT decode(replace(gen_random_uuid()::text, '-', ''), 'hex');
-- the name printed on the certificate: the signed document stays byte-identical after the enterprise is renamed
ALTER TABLE certification ADD COLUMN holder_name varchar(200);

UPDATE certification c SET holder_name = e.name FROM enterprise e WHERE e.uscc = c.uscc;
ALTER TABLE certification ALTER COLUMN holder_name SET NOT NULL;
ALTER TABLE certification ADD CONSTRAINT certification_salt_length CHECK (octet_length(verification_salt) >= 16);

-- the public verification looks a certificate up by its number alone (unique per type, so a handful of rows at most)
CREATE INDEX certification_number ON certification (certificate_number);

-- A patent may have several holders (共有专利), each with a share in percent: the holders move to a table of their
-- own, one row per (patent, holder); the patent row keeps what is the patent's (type, grant, status, lapse).
CREATE TABLE ip_holding_holder (
    application_number varchar(20)  NOT NULL REFERENCES ip_holding (application_number),
    holder_uscc        varchar(18)  NOT NULL,
    share              numeric(5,2) NOT NULL,
    held_since         date,
    PRIMARY KEY (application_number, holder_uscc),
    CONSTRAINT ip_holding_holder_share_check CHECK (share > 0 AND share <= 100)
);
-- the counts for certification and the list of an enterprise start from the holder
CREATE INDEX ip_holding_holder_uscc ON ip_holding_holder (holder_uscc, application_number);

-- every holding known so far came from a v1 event: one holder with all of it
INSERT INTO ip_holding_holder (application_number, holder_uscc, share, held_since)
SELECT application_number, holder_uscc, 100.00, held_since FROM ip_holding;

DROP INDEX ip_holding_holder_status_class;
ALTER TABLE ip_holding DROP COLUMN holder_uscc, DROP COLUMN held_since;

-- a lapse for an unpaid annuity can be undone (恢复权利): the day it was
ALTER TABLE ip_holding ADD COLUMN restored_on date;

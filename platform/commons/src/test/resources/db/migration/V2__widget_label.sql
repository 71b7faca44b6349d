-- a unique value checked only at the commit (like an INSERT Hibernate flushes at the commit): the audit filter commits
-- the request's transaction after the operation returned, and its answer must be the platform's, not a 500
CREATE TABLE widget_label (
    label text NOT NULL,
    CONSTRAINT widget_label_unique UNIQUE (label) DEFERRABLE INITIALLY DEFERRED
);

-- Whether the outcome report was last entered by an officer or an integration client (verified): the undertaker's own
-- report never replaces it (DESIGN.md "Who may see what"). Reports created before this column was added count as the
-- undertaker's own.
ALTER TABLE project_evaluation ADD COLUMN verified boolean NOT NULL DEFAULT false;

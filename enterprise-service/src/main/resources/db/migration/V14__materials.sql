-- An enterprise's document wallet (申报材料): metadata here, content in the object store under its SHA-256.
-- One row per owner and content: the same bytes uploaded again by the owner answer the existing row.
CREATE TABLE material (
    id           uuid         PRIMARY KEY,
    owner_uscc   varchar(18)  NOT NULL,
    region       varchar(6)   NOT NULL,
    kind         varchar(30)  NOT NULL,
    title        varchar(200) NOT NULL,
    issuer       varchar(200),
    valid_until  date,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size         bigint       NOT NULL CHECK (size > 0),
    sha256       varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  varchar(100) NOT NULL,
    created_at   timestamptz  NOT NULL,
    CONSTRAINT material_owner_content_unique UNIQUE (owner_uscc, sha256)
);

-- the list's default order and its validUntil sort (the expired filter uses it too); kind filters the owner's rows
CREATE INDEX material_owner_created ON material (owner_uscc, created_at DESC, id);
CREATE INDEX material_owner_valid_until ON material (owner_uscc, valid_until, id);

-- Applications now reference materials by id ({name, materialId}). Those submitted before carried free text
-- ({name, reference}); they stay readable as {name, legacyReference}: shown as they were, with no metadata, and never
-- guessed into a material id (nothing in the text says which document of the wallet it meant).
UPDATE certification_application
SET materials = (
    SELECT coalesce(jsonb_agg(
        CASE WHEN m ? 'reference'
             THEN jsonb_build_object('name', m ->> 'name', 'legacyReference', m ->> 'reference')
             ELSE m END ORDER BY position), '[]'::jsonb)
    FROM jsonb_array_elements(materials) WITH ORDINALITY AS e(m, position))
WHERE jsonb_path_exists(materials, '$[*].reference');

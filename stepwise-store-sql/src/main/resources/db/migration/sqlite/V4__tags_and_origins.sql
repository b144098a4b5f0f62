-- Tags of state machines, versions, aliases and activities, and which version (and alias) each
-- execution was started through: both were kept in memory until this migration.

-- A rowid table: a tag keeps its rowid when its value changes, and a new tag gets a larger one than
-- every tag there is, so ordering by rowid lists a resource's tags in the order they were added.
CREATE TABLE resource_tags (
    resource_arn TEXT NOT NULL,
    tag_key      TEXT NOT NULL,
    tag_value    TEXT NOT NULL,
    PRIMARY KEY (resource_arn, tag_key)
);

CREATE TABLE execution_origins (
    execution_arn TEXT NOT NULL PRIMARY KEY,
    version_arn   TEXT NOT NULL,
    alias_arn     TEXT
) WITHOUT ROWID;

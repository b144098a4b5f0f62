-- State machines, their published versions and their aliases.
-- Instants are nanoseconds since the epoch (INTEGER), as in V1.

CREATE TABLE state_machines (
    arn                   TEXT    NOT NULL PRIMARY KEY,
    name                  TEXT    NOT NULL,
    type                  TEXT    NOT NULL,
    definition            TEXT    NOT NULL,
    role_arn              TEXT    NOT NULL,
    status                TEXT    NOT NULL,
    creation_date         INTEGER NOT NULL,
    revision_id           TEXT,
    logging_configuration TEXT,
    tracing_configuration TEXT,
    description           TEXT,
    -- The highest version number ever published, deleted versions included: numbers are never
    -- reused while the state machine exists.
    highest_version       INTEGER NOT NULL
);

-- ListStateMachines: name order, then ARN.
CREATE INDEX state_machines_by_name ON state_machines (name, arn);

CREATE TABLE state_machine_versions (
    state_machine_arn     TEXT    NOT NULL,
    version               INTEGER NOT NULL,
    arn                   TEXT    NOT NULL UNIQUE,
    definition            TEXT    NOT NULL,
    role_arn              TEXT    NOT NULL,
    revision_id           TEXT,
    logging_configuration TEXT,
    tracing_configuration TEXT,
    description           TEXT,
    creation_date         INTEGER NOT NULL,
    -- The primary key also serves ListStateMachineVersions, newest first.
    PRIMARY KEY (state_machine_arn, version)
) WITHOUT ROWID;

-- Publishing finds the version that froze the current revision, if there is one.
CREATE INDEX state_machine_versions_by_revision
    ON state_machine_versions (state_machine_arn, revision_id, version);

CREATE TABLE state_machine_aliases (
    state_machine_arn TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    arn               TEXT    NOT NULL UNIQUE,
    description       TEXT,
    -- A JSON array of {"stateMachineVersionArn", "weight"}: one or two entries, read whole.
    routing           TEXT    NOT NULL,
    creation_date     INTEGER NOT NULL,
    update_date       INTEGER NOT NULL,
    PRIMARY KEY (state_machine_arn, name)
) WITHOUT ROWID;

-- ListStateMachineAliases: creation order, then name. Filtering by routed version scans one state
-- machine's aliases (at most 100) through this index.
CREATE INDEX state_machine_aliases_by_creation
    ON state_machine_aliases (state_machine_arn, creation_date, name);

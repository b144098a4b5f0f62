-- Executions, their journals and histories, and the timers they wait on.
-- Instants are stored as nanoseconds since the epoch (INTEGER), which keeps them exact and ordered.

CREATE TABLE executions (
    execution_arn     TEXT    NOT NULL PRIMARY KEY,
    state_machine_arn TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    type              TEXT    NOT NULL,
    definition        TEXT    NOT NULL,
    input             TEXT    NOT NULL,
    seed              INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    start_date        INTEGER NOT NULL,
    stop_date         INTEGER,
    output            TEXT,
    error             TEXT,
    cause             TEXT,
    redrive_count     INTEGER NOT NULL,
    last_sequence     INTEGER NOT NULL,
    UNIQUE (state_machine_arn, name)
);

-- ListExecutions: newest first, by state machine, with or without a status filter.
CREATE INDEX executions_newest ON executions (state_machine_arn, start_date DESC, execution_arn DESC);
CREATE INDEX executions_by_status ON executions (state_machine_arn, status, start_date DESC, execution_arn DESC);
-- Recovery pages through running executions in ARN order; a partial index keeps it small.
CREATE INDEX executions_running ON executions (execution_arn) WHERE status = 'RUNNING';

CREATE TABLE journal (
    execution_arn TEXT    NOT NULL,
    sequence      INTEGER NOT NULL,
    event         TEXT    NOT NULL,
    PRIMARY KEY (execution_arn, sequence)
) WITHOUT ROWID;

CREATE TABLE history (
    execution_arn     TEXT    NOT NULL,
    event_id          INTEGER NOT NULL,
    previous_event_id INTEGER NOT NULL,
    type              TEXT    NOT NULL,
    timestamp         INTEGER NOT NULL,
    details           TEXT,
    PRIMARY KEY (execution_arn, event_id)
) WITHOUT ROWID;

CREATE TABLE timers (
    execution_arn TEXT    NOT NULL,
    timer_id      INTEGER NOT NULL,
    due           INTEGER NOT NULL,
    PRIMARY KEY (execution_arn, timer_id)
) WITHOUT ROWID;

-- Due timers, earliest first.
CREATE INDEX timers_due ON timers (due, execution_arn, timer_id);

-- Activities: named queues of tasks for GetActivityTask workers.

CREATE TABLE activities (
    activity_arn  TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    creation_date INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX activities_by_name ON activities (name);

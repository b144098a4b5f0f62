-- The trace header StartExecution was given (X-Ray's or W3C's form), or NULL: the execution's
-- trace keeps its trace id and remote parent after a restart and across redrives.
ALTER TABLE executions ADD COLUMN trace_header TEXT;

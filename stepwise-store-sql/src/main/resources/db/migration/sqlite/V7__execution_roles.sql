-- The role an execution runs as (its state machine's roleArn when it started), or NULL for one
-- derived from the state machine's ARN: ExecutionStarted and $$.Execution.RoleArn name it, and a
-- replay after a restart must name the same one.
ALTER TABLE executions ADD COLUMN role_arn TEXT;

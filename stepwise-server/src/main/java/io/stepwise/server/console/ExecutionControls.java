package io.stepwise.server.console;

import io.javalin.http.Context;
import io.stepwise.server.model.RedriveExecutionInput;
import io.stepwise.server.model.RedriveExecutionOutput;
import io.stepwise.server.model.StopExecutionInput;
import io.stepwise.server.model.StopExecutionOutput;

/**
 * {@code POST /execution/stop} and {@code POST /execution/redrive}: StopExecution (with an optional
 * error and cause) and RedriveExecution. Both come back to the execution's page; a refusal (an
 * execution that has ended, one AWS would not redrive) is shown in place by {@link ErrorPage}.
 */
final class ExecutionControls {
  private final ConsoleApi api;

  ExecutionControls(ConsoleApi api) {
    this.api = api;
  }

  void stop(Context ctx) {
    String arn = ctx.formParam("arn");
    api.call(
        new StopExecutionInput(
            arn, blankToNull(ctx.formParam("error")), blankToNull(ctx.formParam("cause"))),
        StopExecutionOutput.class);
    Answers.redirect(ctx, ExecutionLinks.execution(arn));
  }

  void redrive(Context ctx) {
    String arn = ctx.formParam("arn");
    api.call(new RedriveExecutionInput(arn, null), RedriveExecutionOutput.class);
    Answers.redirect(ctx, ExecutionLinks.execution(arn));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

package io.stepwise.server.console;

import io.javalin.http.Context;
import io.stepwise.server.model.DescribeStateMachineInput;
import io.stepwise.server.model.DescribeStateMachineOutput;
import io.stepwise.server.model.StartExecutionInput;
import io.stepwise.server.model.StartExecutionOutput;
import java.util.Map;

/**
 * {@code GET /executions/new} and {@code POST /executions}: StartExecution with a name, an input
 * and a mock test case, which is passed as Step Functions Local takes it: {@code
 * stateMachineArn#Case}. The input is checked as JSON in the page before it is sent; StartExecution
 * checks it again.
 */
final class ExecutionStartForm {
  private final ConsoleApi api;
  private final Templates templates;

  ExecutionStartForm(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
  }

  void show(Context ctx) {
    String arn = ctx.queryParam("stateMachineArn");
    DescribeStateMachineOutput machine =
        api.call(new DescribeStateMachineInput(arn, null), DescribeStateMachineOutput.class);
    templates.answer(ctx, "executions/new.jte", Map.of("machine", machine));
  }

  void start(Context ctx) {
    String machine = ctx.formParam("stateMachineArn");
    String name = blankToNull(ctx.formParam("name"));
    String input = blankToNull(ctx.formParam("input"));
    String testCase = blankToNull(ctx.formParam("testCase"));
    String target = machine == null || testCase == null ? machine : machine + "#" + testCase;
    StartExecutionOutput started =
        api.call(
            new StartExecutionInput(target, name, input == null ? "{}" : input, null),
            StartExecutionOutput.class);
    Answers.redirect(ctx, ExecutionLinks.execution(started.executionArn()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.server.model.DeleteStateMachineVersionInput;
import io.stepwise.server.model.PublishStateMachineVersionInput;
import io.stepwise.server.model.PublishStateMachineVersionOutput;

/** Publishing a state machine's version, and deleting one; the versions are listed in a tab. */
final class VersionPages {
  private final ConsoleApi api;
  private final StateMachinePages machines;

  VersionPages(ConsoleApi api, StateMachinePages machines) {
    this.api = api;
    this.machines = machines;
  }

  void register(RoutesConfig routes) {
    routes.post("/state-machine/versions", this::publish);
    routes.post("/state-machine/version/delete", this::delete);
  }

  /**
   * Publishes the revision the user saw: if the machine changed since, AWS refuses with a conflict
   * rather than publish a definition they have not read.
   */
  private void publish(Context ctx) {
    String arn = ctx.formParam("arn");
    try {
      api.call(
          new PublishStateMachineVersionInput(
              arn, FormAnswers.field(ctx, "revisionId"), FormAnswers.field(ctx, "description")),
          PublishStateMachineVersionOutput.class);
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      machines.render(ctx, arn, "versions", refused, "publish", null);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.tab(arn, "versions"));
  }

  private void delete(Context ctx) {
    String arn = ctx.formParam("arn");
    try {
      api.run(new DeleteStateMachineVersionInput(arn));
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      machines.render(ctx, arn, null, refused, "delete", null);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.tab(MachineDetails.machineArn(arn), "versions"));
  }
}

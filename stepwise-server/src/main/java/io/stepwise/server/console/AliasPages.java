package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.server.model.CreateStateMachineAliasInput;
import io.stepwise.server.model.CreateStateMachineAliasOutput;
import io.stepwise.server.model.DeleteStateMachineAliasInput;
import io.stepwise.server.model.DescribeStateMachineAliasOutput;
import io.stepwise.server.model.UpdateStateMachineAliasInput;
import io.stepwise.server.model.UpdateStateMachineAliasOutput;
import java.util.Map;

/**
 * A state machine's aliases: each one's page (its routing to one or two versions, by weight), and
 * the forms that create, change and delete them.
 */
final class AliasPages {
  private final ConsoleApi api;
  private final Templates templates;
  private final MachineDetails details;
  private final StateMachinePages machines;

  AliasPages(ConsoleApi api, Templates templates, StateMachinePages machines) {
    this.api = api;
    this.templates = templates;
    this.details = new MachineDetails(api);
    this.machines = machines;
  }

  void register(RoutesConfig routes) {
    routes.post("/state-machine/aliases", this::create);
    routes.post("/state-machine/alias/update", this::update);
    routes.post("/state-machine/alias/delete", this::delete);
  }

  /**
   * Answers an alias's page.
   *
   * @param failure what an action on this page refused, or {@code null}
   * @param failedForm which form asked it ({@code update} or {@code delete})
   * @param posted the routing the user asked for, shown again when it was refused
   */
  void show(
      Context ctx, String aliasArn, ApiCallFailed failure, String failedForm, AliasForm posted) {
    DescribeStateMachineAliasOutput alias = details.alias(aliasArn);
    String machineArn = MachineDetails.machineArn(aliasArn);
    AliasView view =
        new AliasView(
            alias,
            Formats.arnName(machineArn),
            machineArn,
            details.versions(machineArn),
            posted != null ? posted : AliasForm.of(alias),
            failure,
            failedForm);
    templates.answer(ctx, "state-machines/alias.jte", Map.of("view", view));
  }

  void show(Context ctx, String aliasArn) {
    show(ctx, aliasArn, null, null, null);
  }

  private void create(Context ctx) {
    String machineArn = ctx.formParam("arn");
    AliasForm form = AliasForm.posted(ctx);
    try {
      api.call(
          new CreateStateMachineAliasInput(
              form.description().isEmpty() ? null : form.description(),
              form.name(),
              form.routing()),
          CreateStateMachineAliasOutput.class);
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      machines.render(ctx, machineArn, "aliases", refused, "alias", form);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.tab(machineArn, "aliases"));
  }

  private void update(Context ctx) {
    String aliasArn = ctx.formParam("aliasArn");
    AliasForm form = AliasForm.posted(ctx);
    try {
      api.call(
          new UpdateStateMachineAliasInput(aliasArn, form.description(), form.routing()),
          UpdateStateMachineAliasOutput.class);
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      show(ctx, aliasArn, refused, "update", form);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.page(aliasArn));
  }

  private void delete(Context ctx) {
    String aliasArn = ctx.formParam("aliasArn");
    try {
      api.run(new DeleteStateMachineAliasInput(aliasArn));
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      show(ctx, aliasArn, refused, "delete", null);
      return;
    }
    FormAnswers.redirect(
        ctx, StateMachineLinks.tab(MachineDetails.machineArn(aliasArn), "aliases"));
  }
}

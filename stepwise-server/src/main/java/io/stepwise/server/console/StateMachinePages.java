package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.server.model.DeleteStateMachineInput;
import io.stepwise.server.model.DescribeStateMachineOutput;
import io.stepwise.server.model.ListStateMachinesInput;
import io.stepwise.server.model.ListStateMachinesOutput;
import io.stepwise.server.model.StateMachineListItem;
import java.util.List;
import java.util.Map;

/**
 * The state machines: the list, and each one's page (its facts, graph, definition, versions and
 * aliases as tabs). A version's ARN shows that version; an alias's ARN shows the alias.
 */
final class StateMachinePages implements ConsolePages {
  private final ConsoleApi api;
  private final Templates templates;
  private final MachineDetails details;
  private final AliasPages aliases;

  StateMachinePages(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
    this.details = new MachineDetails(api);
    this.aliases = new AliasPages(api, templates, this);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/state-machines", this::list);
    routes.get("/state-machine", this::show);
    routes.post("/state-machine/delete", this::delete);
    new VersionPages(api, this).register(routes);
    aliases.register(routes);
    new StateMachineEditor(api, templates).register(routes);
  }

  /** The list, of one type only when {@code ?type=STANDARD} or {@code EXPRESS} asks. */
  private void list(Context ctx) {
    String type = ctx.queryParam("type");
    List<StateMachineListItem> machines =
        allMachines().stream()
            .filter(m -> type == null || type.isEmpty() || m.type().name().equals(type))
            .toList();
    templates.answer(
        ctx,
        "state-machines/list.jte",
        Map.of("machines", machines, "type", type == null ? "" : type));
  }

  private void show(Context ctx) {
    String arn = ctx.queryParam("arn");
    if (arn == null || arn.isBlank()) {
      ctx.redirect("/state-machines");
      return;
    }
    if (isAlias(arn)) {
      aliases.show(ctx, arn);
      return;
    }
    render(ctx, arn, ctx.queryParam("tab"), null, null, null);
  }

  private void delete(Context ctx) {
    String arn = ctx.formParam("arn");
    try {
      api.run(new DeleteStateMachineInput(arn));
    } catch (ApiCallFailed refused) {
      FormAnswers.refused(ctx);
      render(ctx, arn, null, refused, "delete", null);
      return;
    }
    FormAnswers.redirect(ctx, "/state-machines");
  }

  /**
   * Answers the page of a state machine or version.
   *
   * @param failure what an action on this page refused, shown at the form that asked it
   * @param form which form that was
   * @param posted the alias the user asked for, when that was what was refused
   */
  void render(
      Context ctx, String arn, String tab, ApiCallFailed failure, String form, AliasForm posted) {
    DescribeStateMachineOutput machine = details.describe(arn);
    boolean version = !MachineDetails.qualifier(machine.stateMachineArn()).isEmpty();
    MachineView view =
        new MachineView(
            machine,
            tab,
            version ? List.of() : details.versions(arn),
            version ? List.of() : details.aliases(arn),
            failure,
            form,
            posted);
    templates.answer(ctx, "state-machines/machine.jte", Map.of("view", view));
  }

  /** An alias's ARN ends in its name, which never is all digits (a version's number is). */
  private static boolean isAlias(String arn) {
    String qualifier = MachineDetails.qualifier(arn);
    return !qualifier.isEmpty() && !qualifier.chars().allMatch(Character::isDigit);
  }

  /** Every state machine, page after page, in name order. */
  private List<StateMachineListItem> allMachines() {
    return api.all(
        next -> new ListStateMachinesInput(1000, next),
        ListStateMachinesOutput.class,
        ListStateMachinesOutput::stateMachines,
        ListStateMachinesOutput::nextToken);
  }
}

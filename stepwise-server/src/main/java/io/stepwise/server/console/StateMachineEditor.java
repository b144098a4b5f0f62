package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.stepwise.engine.run.StateMachineType;
import io.stepwise.server.model.CreateStateMachineInput;
import io.stepwise.server.model.CreateStateMachineOutput;
import io.stepwise.server.model.DescribeStateMachineInput;
import io.stepwise.server.model.DescribeStateMachineOutput;
import io.stepwise.server.model.UpdateStateMachineInput;
import io.stepwise.server.model.UpdateStateMachineOutput;
import io.stepwise.server.model.ValidateStateMachineDefinitionInput;
import io.stepwise.server.model.ValidateStateMachineDefinitionOutput;
import java.util.Map;

/**
 * The definition editor: create a state machine or change one. As the user types, the page posts
 * the text to be validated by ValidateStateMachineDefinition, the action the API serves, and shows
 * each diagnostic at its line with the graph of a valid definition; saving calls CreateStateMachine
 * or UpdateStateMachine, and what they refuse comes back with the user's text kept.
 */
final class StateMachineEditor {
  static final String STARTER =
      """
      {
        "Comment": "A description of my state machine",
        "StartAt": "Hello",
        "States": {
          "Hello": {
            "Type": "Pass",
            "Result": "Hello, world",
            "End": true
          }
        }
      }\
      """;

  private final ConsoleApi api;
  private final Templates templates;

  StateMachineEditor(ConsoleApi api, Templates templates) {
    this.api = api;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/state-machines/new", this::blank);
    routes.get("/state-machine/edit", this::existing);
    routes.post("/state-machines/validate", this::validate);
    routes.post("/state-machines", this::create);
    routes.post("/state-machine/update", this::update);
  }

  private void blank(Context ctx) {
    String type = "EXPRESS".equals(ctx.queryParam("type")) ? "EXPRESS" : "STANDARD";
    answer(
        ctx,
        new EditorView(null, "", type, "", STARTER, false, "", validation(STARTER, type), null));
  }

  private void existing(Context ctx) {
    DescribeStateMachineOutput machine =
        api.call(
            new DescribeStateMachineInput(ctx.queryParam("arn"), null),
            DescribeStateMachineOutput.class);
    String type = machine.type().name();
    answer(
        ctx,
        new EditorView(
            machine.stateMachineArn(),
            machine.name(),
            type,
            machine.roleArn(),
            machine.definition(),
            false,
            "",
            validation(machine.definition(), type),
            null));
  }

  /** The fragment that replaces the diagnostics and the preview as the user types. */
  private void validate(Context ctx) {
    String definition = text(ctx, "definition");
    templates.answer(
        ctx,
        "state-machines/validation.jte",
        Map.of("validation", validation(definition, type(ctx)), "oob", true));
  }

  private void create(Context ctx) {
    EditorView posted = posted(ctx, null);
    String role = posted.roleArn().isBlank() ? EditorView.DEFAULT_ROLE : posted.roleArn().strip();
    CreateStateMachineOutput created;
    try {
      created =
          api.call(
              new CreateStateMachineInput(
                  posted.name().strip(),
                  posted.definition(),
                  role,
                  StateMachineType.valueOf(posted.type()),
                  null,
                  null,
                  null,
                  posted.publish(),
                  versionDescription(posted),
                  null),
              CreateStateMachineOutput.class);
    } catch (ApiCallFailed refused) {
      refuse(ctx, posted, refused);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.page(created.stateMachineArn()));
  }

  private void update(Context ctx) {
    String arn = ctx.formParam("arn");
    EditorView posted = posted(ctx, arn);
    try {
      api.call(
          new UpdateStateMachineInput(
              arn,
              posted.definition(),
              posted.roleArn().isBlank() ? null : posted.roleArn().strip(),
              null,
              null,
              posted.publish(),
              versionDescription(posted),
              null),
          UpdateStateMachineOutput.class);
    } catch (ApiCallFailed refused) {
      refuse(ctx, posted, refused);
      return;
    }
    FormAnswers.redirect(ctx, StateMachineLinks.page(arn));
  }

  private void refuse(Context ctx, EditorView posted, ApiCallFailed refused) {
    FormAnswers.refused(ctx);
    answer(
        ctx,
        new EditorView(
            posted.arn(),
            posted.name(),
            posted.type(),
            posted.roleArn(),
            posted.definition(),
            posted.publish(),
            posted.versionDescription(),
            validation(posted.definition(), posted.type()),
            refused));
  }

  /** What the form holds, as the user typed it. */
  private EditorView posted(Context ctx, String arn) {
    return new EditorView(
        arn,
        text(ctx, "name"),
        type(ctx),
        text(ctx, "roleArn"),
        text(ctx, "definition"),
        ctx.formParam("publish") != null,
        text(ctx, "versionDescription"),
        null,
        null);
  }

  /** AWS takes a version's description only with {@code publish}, and refuses it otherwise. */
  private static String versionDescription(EditorView posted) {
    return posted.publish() && !posted.versionDescription().isBlank()
        ? posted.versionDescription().strip()
        : null;
  }

  private ValidationView validation(String definition, String type) {
    ValidateStateMachineDefinitionOutput output =
        api.call(
            new ValidateStateMachineDefinitionInput(
                definition,
                StateMachineType.valueOf(type),
                io.stepwise.asl.validate.Severity.WARNING,
                null),
            ValidateStateMachineDefinitionOutput.class);
    return ValidationView.of(definition, output);
  }

  private void answer(Context ctx, EditorView view) {
    templates.answer(ctx, "state-machines/editor.jte", Map.of("view", view));
  }

  private static String type(Context ctx) {
    return "EXPRESS".equals(ctx.formParam("type")) ? "EXPRESS" : "STANDARD";
  }

  private static String text(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value;
  }
}

package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The checks every state shares: supported fields, Next/End, the JSONPath input/output fields and
 * the JSONata Arguments/Output/Assign fields.
 */
final class CommonStateChecks {

  private static final Set<String> EVERY_STATE = Set.of("Type", "Comment", "QueryLanguage");

  private CommonStateChecks() {}

  static void check(StateNode state, StateChecker checker, ValidationContext ctx) {
    ObjectNode json = state.json();
    Location at = state.at();
    Set<String> allowed = new HashSet<>(EVERY_STATE);
    allowed.addAll(checker.fields());
    json.fieldNames()
        .forEachRemaining(name -> {
          if (!allowed.contains(name) || QueryLanguageRules.foreign(name, state.jsonata())) {
            Fields.unsupported(name, at, ctx);
          }
        });
    Fields.string(json, "Comment", at, ctx);
    if (checker.transitions()) {
      nextOrEnd(json, at, ctx);
    }
    if (state.jsonata()) {
      jsonataFields(json, at, ctx);
    } else {
      jsonPathFields(json, at, ctx);
    }
  }

  private static void nextOrEnd(ObjectNode json, Location at, ValidationContext ctx) {
    Fields.exclusive(json, at, ctx, "Next", "End");
    Fields.string(json, "Next", at, ctx);
    Fields.bool(json, "End", at, ctx);
    // A state without Next must end; a non-boolean End is already reported as such.
    JsonNode end = json.get("End");
    boolean ends = end != null && (!end.isBoolean() || end.booleanValue());
    if (!json.has("Next") && !ends) {
      // Our wording: AWS's text for a state with neither Next nor End is not confirmed.
      ctx.schema("There should be exactly one of the following fields: [Next, End]", at);
    }
  }

  private static void jsonPathFields(ObjectNode json, Location at, ValidationContext ctx) {
    PathChecks.field(json, "InputPath", PathChecks.Kind.PATH, true, at, ctx);
    PathChecks.field(json, "OutputPath", PathChecks.Kind.PATH, true, at, ctx);
    PathChecks.field(json, "ResultPath", PathChecks.Kind.REFERENCE, true, at, ctx);
    for (String template : new String[] {"Parameters", "ResultSelector", "Assign"}) {
      ObjectNode value = Fields.object(json, template, at, ctx);
      if (value != null) {
        PayloadTemplateChecks.check(value, template, at, ctx);
      }
    }
  }

  private static void jsonataFields(ObjectNode json, Location at, ValidationContext ctx) {
    JsonNode arguments = json.get("Arguments");
    if (arguments != null && !arguments.isObject() && !isExpression(arguments)) {
      Fields.typeMismatch("Object", at.field("Arguments"), ctx);
    }
    for (String field : new String[] {"Arguments", "Output", "Assign"}) {
      JsonNode value = json.get(field);
      if (value != null) {
        JsonataChecks.tree(value, field, at, ctx);
      }
    }
    Fields.object(json, "Assign", at, ctx);
  }

  static boolean isExpression(JsonNode value) {
    return value.isTextual()
        && io.stepwise.asl.jsonata.JsonataExpression.isExpression(value.textValue());
  }
}

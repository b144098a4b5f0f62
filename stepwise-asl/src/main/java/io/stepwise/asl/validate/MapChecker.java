package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Map: an item processor (or legacy Iterator), item selection, concurrency and failure limits. */
final class MapChecker implements StateChecker {

  /**
   * The fields of an ItemProcessor. AWS accepts the same fields, ProcessorConfig included, in the
   * legacy Iterator (recorded: a distributed Map written with Iterator runs).
   */
  private static final Set<String> PROCESSOR_FIELDS =
      Set.of("ProcessorConfig", "StartAt", "States", "Comment");

  @Override
  public Set<String> fields() {
    return Set.of(
        "InputPath",
        "OutputPath",
        "ResultPath",
        "Parameters",
        "Output",
        "Assign",
        "ResultSelector",
        "Retry",
        "Catch",
        "ItemProcessor",
        "Iterator",
        "ItemsPath",
        "Items",
        "ItemSelector",
        "ItemReader",
        "ItemBatcher",
        "ResultWriter",
        "MaxConcurrency",
        "MaxConcurrencyPath",
        "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath",
        "ToleratedFailureCount",
        "ToleratedFailureCountPath",
        "Label",
        "Next",
        "End");
  }

  @Override
  public void check(StateNode state, ValidationContext ctx) {
    ObjectNode json = state.json();
    Location at = state.at();
    Fields.exclusive(json, at, ctx, "ItemProcessor", "Iterator");
    Fields.exclusive(json, at, ctx, "ItemSelector", "Parameters");
    Fields.exclusive(json, at, ctx, "MaxConcurrency", "MaxConcurrencyPath");
    Fields.exclusive(json, at, ctx, "ToleratedFailureCount", "ToleratedFailureCountPath");
    Fields.exclusive(json, at, ctx, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
    if (!json.has("ItemProcessor") && !json.has("Iterator")) {
      ctx.schema("These fields are required: [ItemProcessor]", at);
    }
    processor(state, ctx);
    Fields.integer(json, "MaxConcurrency", 0, at, state.jsonata(), ctx);
    Fields.integer(json, "ToleratedFailureCount", 0, at, state.jsonata(), ctx);
    Long percentage =
        Fields.integer(json, "ToleratedFailurePercentage", 0, at, state.jsonata(), ctx);
    if (percentage != null && percentage > 100) {
      ctx.schema("Maximum value is 100", at.field("ToleratedFailurePercentage"));
    }
    items(state, ctx);
    String label = Fields.string(json, "Label", at, ctx);
    if (label != null) {
      MapLabelChecks.check(label, at.field("Label"), ctx);
    }
    for (String config : new String[] {"ItemReader", "ItemBatcher", "ResultWriter"}) {
      ObjectNode value = Fields.object(json, config, at, ctx);
      if (value != null && state.jsonata()) {
        JsonataChecks.tree(value, config, at, ctx);
      } else if (value != null) {
        PayloadTemplateChecks.check(value, config, at, ctx);
      }
    }
    RetryCatchChecks.check(state, ctx);
  }

  private static void processor(StateNode state, ValidationContext ctx) {
    boolean legacy = !state.json().has("ItemProcessor");
    String field = legacy ? "Iterator" : "ItemProcessor";
    ObjectNode processor = Fields.object(state.json(), field, state.at(), ctx);
    if (processor == null) {
      return;
    }
    Location at = state.at().field(field);
    ObjectNode config = Fields.object(processor, "ProcessorConfig", at, ctx);
    if (config != null) {
      Location configAt = at.field("ProcessorConfig");
      Fields.onlyAllowed(config, Set.of("Mode", "ExecutionType"), configAt, ctx);
      String mode = Fields.oneOf(config, "Mode", configAt, ctx, "INLINE", "DISTRIBUTED");
      Fields.oneOf(config, "ExecutionType", configAt, ctx, "STANDARD", "EXPRESS");
      if ("DISTRIBUTED".equals(mode)) {
        Fields.require(config, configAt, ctx, "ExecutionType");
      } else if (config.has("ExecutionType")) {
        Fields.unsupported("ExecutionType", configAt, ctx);
      }
    }
    StateMachineChecks.nested(processor, PROCESSOR_FIELDS, at, ctx);
  }

  private static void items(StateNode state, ValidationContext ctx) {
    ObjectNode json = state.json();
    Location at = state.at();
    if (state.jsonata()) {
      JsonNode items = json.get("Items");
      if (items != null && !items.isArray() && !CommonStateChecks.isExpression(items)) {
        Fields.typeMismatch("Array", at.field("Items"), ctx);
      }
      for (String field : new String[] {"Items", "ItemSelector"}) {
        if (json.has(field)) {
          JsonataChecks.tree(json.get(field), field, at, ctx);
        }
      }
    } else {
      PathChecks.field(json, "ItemsPath", PathChecks.Kind.REFERENCE, false, at, ctx);
      PathChecks.field(json, "MaxConcurrencyPath", PathChecks.Kind.REFERENCE, false, at, ctx);
      PathChecks.field(
          json, "ToleratedFailureCountPath", PathChecks.Kind.REFERENCE, false, at, ctx);
      PathChecks.field(
          json, "ToleratedFailurePercentagePath", PathChecks.Kind.REFERENCE, false, at, ctx);
      ObjectNode selector = Fields.object(json, "ItemSelector", at, ctx);
      if (selector != null) {
        PayloadTemplateChecks.check(selector, "ItemSelector", at, ctx);
      }
    }
  }
}

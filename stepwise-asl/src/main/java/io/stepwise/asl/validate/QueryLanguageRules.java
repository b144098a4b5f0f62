package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Which query language a state uses and which fields each language allows. A field of the other
 * language is reported as AWS reports a field the state type lacks ("Field 'X' is not supported"):
 * AWS validates each language against its own schema. AWS's exact text for this case is not
 * confirmed.
 */
final class QueryLanguageRules {

  static final String JSONPATH = "JSONPath";
  static final String JSONATA = "JSONata";

  static final Set<String> JSONPATH_ONLY =
      Set.of(
          "InputPath",
          "OutputPath",
          "Parameters",
          "ResultSelector",
          "ResultPath",
          "Result",
          "ItemsPath",
          "TimeoutSecondsPath",
          "HeartbeatSecondsPath",
          "SecondsPath",
          "TimestampPath",
          "MaxConcurrencyPath",
          "ToleratedFailureCountPath",
          "ToleratedFailurePercentagePath",
          "ErrorPath",
          "CausePath");

  static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");

  private QueryLanguageRules() {}

  /**
   * The state's language: its own QueryLanguage, else the machine's. A state may not go back to
   * JSONPath when the whole machine is JSONata.
   */
  static boolean jsonata(ObjectNode state, Location at, ValidationContext ctx) {
    String own = Fields.oneOf(state, "QueryLanguage", at, ctx, JSONPATH, JSONATA);
    if (own == null) {
      return ctx.jsonataMachine();
    }
    if (own.equals(JSONPATH) && ctx.jsonataMachine()) {
      ctx.schema(
          "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", at);
    }
    return own.equals(JSONATA);
  }

  /** Whether {@code field} belongs to the other language than the state's. */
  static boolean foreign(String field, boolean jsonata) {
    return jsonata ? JSONPATH_ONLY.contains(field) : JSONATA_ONLY.contains(field);
  }
}

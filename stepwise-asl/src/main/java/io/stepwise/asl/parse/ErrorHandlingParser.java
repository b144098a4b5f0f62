package io.stepwise.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ErrorHandling;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.Retrier;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code Retry} and {@code Catch}, filling in AWS's defaults. */
final class ErrorHandlingParser {
  private ErrorHandlingParser() {}

  static ErrorHandling parse(JsonNode state, QueryLanguage language) {
    List<Retrier> retriers = new ArrayList<>();
    for (JsonNode r : state.path("Retry")) {
      JsonNode maxDelay = r.get("MaxDelaySeconds");
      retriers.add(
          new Retrier(
              errorNames(r),
              r.path("IntervalSeconds").asLong(1),
              r.path("MaxAttempts").asInt(3),
              r.path("BackoffRate").asDouble(2.0),
              maxDelay == null ? null : maxDelay.asLong(),
              "FULL".equals(r.path("JitterStrategy").asText())
                  ? Retrier.JitterStrategy.FULL
                  : Retrier.JitterStrategy.NONE));
    }
    List<Catcher> catchers = new ArrayList<>();
    for (JsonNode c : state.path("Catch")) {
      catchers.add(
          new Catcher(
              errorNames(c),
              FieldParser.text(c, "Next"),
              language == QueryLanguage.JSONPATH
                  ? FieldParser.pathField(c, "ResultPath")
                  : io.stepwise.asl.model.DataFlow.PathField.ABSENT,
              language == QueryLanguage.JSONATA
                  ? FieldParser.template(c, "Output", language)
                  : null,
              FieldParser.template(c, "Assign", language)));
    }
    return retriers.isEmpty() && catchers.isEmpty()
        ? ErrorHandling.NONE
        : new ErrorHandling(retriers, catchers);
  }

  private static List<String> errorNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (JsonNode name : node.path("ErrorEquals")) {
      names.add(name.asText());
    }
    return names;
  }
}

package io.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the details of each history event with AWS's ({@code stateEnteredEventDetails.input} and
 * the like), once the event types match. Events outside Map and Parallel states are paired by
 * position; inside a section each AWS event is paired with an unused actual event of its type and
 * equal details, in any order. Where a history has no such section its order is deterministic, and
 * each event's {@code previousEventId} link is compared too; timestamps never are.
 */
final class HistoryDetailsComparator {

  /** The members every event has, which are not its details. */
  private static final List<String> ENVELOPE =
      List.of("id", "previousEventId", "timestamp", "type");

  private final JsonComparator comparator;

  HistoryDetailsComparator(JsonComparator comparator) {
    this.comparator = comparator;
  }

  Optional<Difference> compare(
      List<JsonNode> expected, List<JsonNode> actual, EventTypeComparator.Alignment alignment) {
    boolean deterministic = alignment.expected().stream().noneMatch(EventSpan::section);
    if (deterministic && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        Optional<Difference> link =
            comparator.compare(
                "$.events[" + i + "].previousEventId",
                expected.get(i).path("previousEventId"),
                actual.get(i).path("previousEventId"));
        if (link.isPresent()) {
          return link;
        }
      }
    }
    for (int i = 0; i < alignment.expected().size(); i++) {
      EventSpan expectedSpan = alignment.expected().get(i);
      EventSpan actualSpan = alignment.actual().get(i);
      Optional<Difference> difference =
          expectedSpan.section()
              ? compareSection(expected, expectedSpan, actual, actualSpan)
              : compareEvent(
                  expectedSpan.from(),
                  expected.get(expectedSpan.from()),
                  actual.get(actualSpan.from()));
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private Optional<Difference> compareSection(
      List<JsonNode> expected,
      EventSpan expectedSpan,
      List<JsonNode> actual,
      EventSpan actualSpan) {
    Optional<Difference> start =
        compareEvent(
            expectedSpan.from(), expected.get(expectedSpan.from()), actual.get(actualSpan.from()));
    if (start.isPresent()) {
      return start;
    }
    List<JsonNode> unused =
        new ArrayList<>(actual.subList(actualSpan.innerFrom(), actualSpan.innerTo()));
    for (int index = expectedSpan.innerFrom(); index < expectedSpan.innerTo(); index++) {
      Optional<Difference> difference = matchAny(index, expected.get(index), unused);
      if (difference.isPresent()) {
        return difference;
      }
    }
    if (expectedSpan.closed()) {
      return compareEvent(
          expectedSpan.to() - 1,
          expected.get(expectedSpan.to() - 1),
          actual.get(actualSpan.to() - 1));
    }
    return Optional.empty();
  }

  /**
   * Removes from {@code unused} the first event equal to the expected one; when none is, the
   * difference from the first event of the same type.
   */
  private Optional<Difference> matchAny(int index, JsonNode expectedEvent, List<JsonNode> unused) {
    Optional<Difference> firstDifference = Optional.empty();
    String type = expectedEvent.path("type").asText();
    for (int i = 0; i < unused.size(); i++) {
      JsonNode candidate = unused.get(i);
      if (!type.equals(candidate.path("type").asText())) {
        continue;
      }
      Optional<Difference> difference = compareEvent(index, expectedEvent, candidate);
      if (difference.isEmpty()) {
        unused.remove(i);
        return Optional.empty();
      }
      if (firstDifference.isEmpty()) {
        firstDifference = difference;
      }
    }
    return firstDifference.map(difference ->
        new Difference(
            difference.path() + " (no " + type + " in the section matches)",
            difference.expected(),
            difference.actual()));
  }

  private Optional<Difference> compareEvent(
      int index, JsonNode expectedEvent, JsonNode actualEvent) {
    return comparator.compare(
        "$.events[" + index + "]", details(expectedEvent), details(actualEvent));
  }

  private static JsonNode details(JsonNode event) {
    ObjectNode details = ((ObjectNode) event).deepCopy();
    details.remove(ENVELOPE);
    return details;
  }
}

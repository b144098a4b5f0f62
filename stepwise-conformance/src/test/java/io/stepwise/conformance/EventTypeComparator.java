package io.stepwise.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares a history's sequence of event types with AWS's: in order outside Map and Parallel
 * states, and as multisets inside each Map or Parallel section, where AWS interleaves branches and
 * iterations differently from run to run.
 */
final class EventTypeComparator {

  /** Expected and actual spans paired in order, when the sequences match. */
  record Alignment(List<EventSpan> expected, List<EventSpan> actual) {}

  /** The outcome: the alignment when the types match, otherwise the first difference. */
  record Outcome(Optional<Difference> difference, Alignment alignment) {}

  private EventTypeComparator() {}

  static Outcome compare(List<String> expected, List<String> actual) {
    List<EventSpan> expectedSpans = EventSpan.split(expected);
    List<EventSpan> actualSpans = EventSpan.split(actual);
    int common = Math.min(expectedSpans.size(), actualSpans.size());
    for (int i = 0; i < common; i++) {
      Optional<Difference> difference =
          compareSpans(expected, expectedSpans.get(i), actual, actualSpans.get(i));
      if (difference.isPresent()) {
        return new Outcome(difference, null);
      }
    }
    if (expectedSpans.size() > common) {
      int index = expectedSpans.get(common).from();
      return new Outcome(Optional.of(typeDifference(index, expected.get(index), null)), null);
    }
    if (actualSpans.size() > common) {
      int index = actualSpans.get(common).from();
      return new Outcome(
          Optional.of(typeDifference(expected.size(), null, actual.get(index))), null);
    }
    return new Outcome(Optional.empty(), new Alignment(expectedSpans, actualSpans));
  }

  private static Optional<Difference> compareSpans(
      List<String> expected, EventSpan expectedSpan, List<String> actual, EventSpan actualSpan) {
    String expectedFirst = expected.get(expectedSpan.from());
    String actualFirst = actual.get(actualSpan.from());
    if (!expectedFirst.equals(actualFirst) || expectedSpan.section() != actualSpan.section()) {
      return Optional.of(typeDifference(expectedSpan.from(), expectedFirst, actualFirst));
    }
    if (!expectedSpan.section()) {
      return Optional.empty();
    }
    Map<String, Integer> missing =
        count(expected.subList(expectedSpan.innerFrom(), expectedSpan.innerTo()));
    Map<String, Integer> unexpected =
        count(actual.subList(actualSpan.innerFrom(), actualSpan.innerTo()));
    subtractCommon(missing, unexpected);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      return Optional.of(
          new Difference(
              "$.events["
                  + expectedSpan.innerFrom()
                  + ":"
                  + expectedSpan.innerTo()
                  + "]"
                  + " (inside "
                  + expectedFirst
                  + ", in any order)",
              "also " + describe(missing),
              "also " + describe(unexpected)));
    }
    if (expectedSpan.closed() != actualSpan.closed()) {
      int end = expectedSpan.to() - 1;
      return Optional.of(
          typeDifference(
              end,
              expectedSpan.closed() ? expected.get(end) : null,
              actualSpan.closed() ? actual.get(actualSpan.to() - 1) : null));
    }
    if (expectedSpan.closed()
        && !expected.get(expectedSpan.to() - 1).equals(actual.get(actualSpan.to() - 1))) {
      int end = expectedSpan.to() - 1;
      return Optional.of(typeDifference(end, expected.get(end), actual.get(actualSpan.to() - 1)));
    }
    return Optional.empty();
  }

  private static Map<String, Integer> count(List<String> types) {
    Map<String, Integer> counts = new TreeMap<>();
    types.forEach(type -> counts.merge(type, 1, Integer::sum));
    return counts;
  }

  private static void subtractCommon(Map<String, Integer> left, Map<String, Integer> right) {
    for (String type : new ArrayList<>(left.keySet())) {
      int shared = Math.min(left.get(type), right.getOrDefault(type, 0));
      left.merge(type, -shared, Integer::sum);
      right.merge(type, -shared, Integer::sum);
    }
    left.values().removeIf(count -> count == 0);
    right.values().removeIf(count -> count == 0);
  }

  private static String describe(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "nothing more";
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((type, count) -> parts.add(type + " x" + count));
    return String.join(", ", parts);
  }

  private static Difference typeDifference(int index, String expected, String actual) {
    return new Difference("$.events[" + index + "].type", expected, actual);
  }
}

package io.stepwise.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a history's events that is compared as one unit: a single event outside any Map or
 * Parallel state, or a whole Map or Parallel section, from its {@code MapStateStarted} or {@code
 * ParallelStateStarted} to the matching end event, whose inner events AWS may interleave
 * differently from run to run.
 *
 * @param from the index of the first event
 * @param to the index after the last event
 * @param section whether this is a Map or Parallel section
 * @param closed for a section, whether it ends with its end event (a history cut short leaves it
 *     open)
 */
record EventSpan(int from, int to, boolean section, boolean closed) {

  private static final Set<String> SECTION_STARTS =
      Set.of("MapStateStarted", "ParallelStateStarted");
  private static final Set<String> SECTION_ENDS =
      Set.of(
          "MapStateSucceeded",
          "MapStateFailed",
          "MapStateAborted",
          "ParallelStateSucceeded",
          "ParallelStateFailed",
          "ParallelStateAborted");

  /** Splits a sequence of event types into spans; nested sections belong to the outermost one. */
  static List<EventSpan> split(List<String> types) {
    List<EventSpan> spans = new ArrayList<>();
    int index = 0;
    while (index < types.size()) {
      if (!SECTION_STARTS.contains(types.get(index))) {
        spans.add(new EventSpan(index, index + 1, false, false));
        index++;
        continue;
      }
      int depth = 0;
      int end = index;
      boolean closed = false;
      while (end < types.size()) {
        String type = types.get(end++);
        if (SECTION_STARTS.contains(type)) {
          depth++;
        } else if (SECTION_ENDS.contains(type) && --depth == 0) {
          closed = true;
          break;
        }
      }
      spans.add(new EventSpan(index, end, true, closed));
      index = end;
    }
    return spans;
  }

  /** The indexes of the events inside a section, between its start and end events. */
  int innerFrom() {
    return from + 1;
  }

  int innerTo() {
    return closed ? to - 1 : to;
  }
}

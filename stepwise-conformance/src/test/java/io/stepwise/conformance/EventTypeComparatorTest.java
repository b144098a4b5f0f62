package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypeComparatorTest {

  private static final List<String> PARALLEL =
      List.of(
          "ExecutionStarted",
          "ParallelStateEntered",
          "ParallelStateStarted",
          "PassStateEntered",
          "PassStateExited",
          "WaitStateEntered",
          "WaitStateExited",
          "ParallelStateSucceeded",
          "ParallelStateExited",
          "ExecutionSucceeded");

  @Test
  void equalSequencesMatch() {
    assertThat(EventTypeComparator.compare(PARALLEL, PARALLEL).difference()).isEmpty();
  }

  @Test
  void eventsInsideAParallelSectionMayComeInAnyOrder() {
    List<String> interleaved =
        List.of(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "WaitStateEntered",
            "PassStateEntered",
            "PassStateExited",
            "WaitStateExited",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ExecutionSucceeded");

    assertThat(EventTypeComparator.compare(PARALLEL, interleaved).difference()).isEmpty();
  }

  @Test
  void outsideSectionsOrderMatters() {
    List<String> expected = List.of("ExecutionStarted", "PassStateEntered", "PassStateExited");
    List<String> actual = List.of("ExecutionStarted", "PassStateExited", "PassStateEntered");

    assertThat(EventTypeComparator.compare(expected, actual).difference())
        .contains(new Difference("$.events[1].type", "PassStateEntered", "PassStateExited"));
  }

  @Test
  void aSectionWithDifferentEventsReportsWhatEachSideHasMore() {
    List<String> actual =
        List.of(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "PassStateEntered",
            "PassStateExited",
            "PassStateEntered",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ExecutionSucceeded");

    assertThat(EventTypeComparator.compare(PARALLEL, actual).difference())
        .contains(
            new Difference(
                "$.events[3:7] (inside ParallelStateStarted, in any order)",
                "also WaitStateEntered x1, WaitStateExited x1",
                "also PassStateEntered x1"));
  }

  @Test
  void aDifferentSectionEndIsADifference() {
    List<String> failed = new java.util.ArrayList<>(PARALLEL);
    failed.set(7, "ParallelStateFailed");

    assertThat(EventTypeComparator.compare(PARALLEL, failed).difference())
        .contains(
            new Difference("$.events[7].type", "ParallelStateSucceeded", "ParallelStateFailed"));
  }

  @Test
  void nestedMapsBelongToTheOutermostSection() {
    List<String> types =
        List.of(
            "MapStateStarted",
            "MapIterationStarted",
            "MapStateStarted",
            "MapStateSucceeded",
            "MapIterationSucceeded",
            "MapStateSucceeded",
            "ExecutionSucceeded");

    assertThat(EventSpan.split(types))
        .containsExactly(new EventSpan(0, 6, true, true), new EventSpan(6, 7, false, false));
  }

  @Test
  void aSectionCutShortStaysOpen() {
    assertThat(
            EventSpan.split(List.of("MapStateEntered", "MapStateStarted", "MapIterationStarted")))
        .containsExactly(new EventSpan(0, 1, false, false), new EventSpan(1, 3, true, false));
  }

  @Test
  void missingAndExtraEventsAreDifferences() {
    List<String> shorter = PARALLEL.subList(0, 9);

    assertThat(EventTypeComparator.compare(PARALLEL, shorter).difference())
        .contains(new Difference("$.events[9].type", "ExecutionSucceeded", null));
    assertThat(EventTypeComparator.compare(shorter, PARALLEL).difference())
        .contains(new Difference("$.events[9].type", null, "ExecutionSucceeded"));
  }
}

package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLocationsTest {

  @Test
  void shortensJacksonLocationsThatQuoteTheSourceOverSeveralLines() {
    String message =
        "Unexpected end-of-input: expected close marker for Object (start marker at [Source:"
            + " (String)\"{\n\"; line: 1, column: 1])\n at [Source: (String)\"{\n\"; line: 2, column: 1]";

    assertThat(JsonLocations.readable(message))
        .isEqualTo(
            "Unexpected end-of-input: expected close marker for Object (start marker at line 1,"
                + " column 1) at line 2, column 1");
  }

  @Test
  void shortensRedactedSources() {
    assertThat(
            JsonLocations.readable(
                "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                    + " disabled); line: 1, column: 1])"))
        .isEqualTo("(start marker at line 1, column 1)");
  }

  @Test
  void dropsTheTrailingLocationWhenItIsPrintedBeside() {
    assertThat(JsonLocations.withoutTrailingLocation("Unexpected token at line 2, column 1"))
        .isEqualTo("Unexpected token");
  }

  @Test
  void leavesOtherTextAlone() {
    assertThat(JsonLocations.readable("Missing 'Next' target: X"))
        .isEqualTo("Missing 'Next' target: X");
    assertThat(JsonLocations.readable(null)).isEmpty();
  }
}

package io.stepwise.asl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-03-14T01:59:00Z",
        "2012-10-09T19:00:55Z",
        "2012-10-09T19:00:55+01:00",
        "2016-03-05T21:29:29.243167252Z", // nine fraction digits: AWS waits on this one
        "2026-11-25T00:23:15.000Z",
        "2024-02-29T23:59:59.5-07:30",
        "2000-01-01T00:00:00-00:00"
      })
  void acceptsRfc3339TimestampsWithAZone(String text) {
    assertThat(Timestamps.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-13-05T21:29:29Z", // month 13 (AWS: INVALID_DATE)
        "05-12-2016T21:29:29Z", // day first (AWS: INVALID_ISO)
        "2016-12-05T25:29:29Z", // hour 25 (AWS: INVALID_TIME)
        "2016-12-05 21:29:29Z", // space for T (AWS: NO_T)
        "2016-12-05T21:29:29", // no zone (AWS: NO_Z)
        "2026-11-25T00:23:15.000000", // fraction, no zone (AWS test_wait_timestamppath)
        "2016-02-30T00:00:00Z", // February 30
        "2015-02-29T00:00:00Z", // not a leap year
        "2016-12-05t21:29:29Z", // lower-case t
        "2016-12-05T21:29:29z", // lower-case z
        "2016-12-05T21:29Z", // no seconds
        "2016-12-05T21:29:60Z", // leap second
        "2016-12-05T21:29:29.Z", // empty fraction
        "2016-12-05T21:29:29.1234567890Z", // ten fraction digits
        "2016-12-05T21:29:29+0100", // offset without colon
        "2016-12-05T21:29:29+01", // offset without minutes
        "2016-12-05T21:29:29+19:00", // offset out of range
        "2016-12-05T21:29:29Z ", // trailing space
        "{% '2016-03-14T01:59:00Z' %}", // JSONata is not a timestamp
        "2023-02-24",
        "2023-02-24 12:15:56.832957",
        "",
        " "
      })
  void rejectsWhatAwsRejects(String text) {
    assertThat(Timestamps.isValid(text)).isFalse();
    assertThat(Timestamps.parse(text)).isNull();
  }

  @Test
  void nullIsNotATimestamp() {
    assertThat(Timestamps.parse(null)).isNull();
  }

  @Test
  void parsesToTheInstantTheOffsetDenotes() {
    assertThat(Timestamps.parse("2012-10-09T19:00:55+01:00"))
        .isEqualTo(Instant.parse("2012-10-09T18:00:55Z"));
    assertThat(Timestamps.parse("2012-10-09T19:00:55-02:30"))
        .isEqualTo(Instant.parse("2012-10-09T21:30:55Z"));
    assertThat(Timestamps.parse("2016-03-05T21:29:29.243167252Z"))
        .isEqualTo(Instant.parse("2016-03-05T21:29:29.243167252Z"));
    assertThat(Timestamps.parse("2016-03-05T21:29:29.5Z"))
        .isEqualTo(Instant.parse("2016-03-05T21:29:29.500Z"));
  }

  @Test
  void formatsAsTheContextObjectDoesWithThreeFractionDigits() {
    assertThat(Timestamps.format(Instant.parse("2024-01-01T00:00:00.123Z")))
        .isEqualTo("2024-01-01T00:00:00.123Z");
    assertThat(Timestamps.format(Instant.parse("2024-01-01T00:00:00Z")))
        .isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(Timestamps.format(Instant.parse("2025-01-15T10:30:01.500999Z")))
        .isEqualTo("2025-01-15T10:30:01.500Z");
  }

  @Test
  void formattedTimesParseBack() {
    Instant instant = Instant.parse("2019-03-26T20:14:13.192Z");
    assertThat(Timestamps.parse(Timestamps.format(instant))).isEqualTo(instant);
  }
}

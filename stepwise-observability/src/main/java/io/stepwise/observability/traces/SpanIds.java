package io.stepwise.observability.traces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Trace and span ids that both sides of a task call can work out on their own: the tracer that
 * emits a span after the fact, and the task that passes its context on before the span exists. Each
 * is the first bytes of a SHA-256 digest of what names the span, so a restart finds the same ids.
 */
final class SpanIds {
  private static final HexFormat HEX = HexFormat.of();

  private SpanIds() {}

  /** The trace id of an execution started without a trace header: 32 hex digits. */
  static String traceId(String executionArn) {
    return hex(digest("trace\n" + executionArn), 16);
  }

  /** The id of the execution's span for one run (the first, or a redrive): 16 hex digits. */
  static String executionSpanId(String executionArn, int redriveCount) {
    return spanId(executionArn, redriveCount, 0);
  }

  /**
   * The id of the span that opens with this event: a state's {@code *StateEntered}, a task
   * attempt's {@code *Scheduled}. 16 hex digits.
   */
  static String spanId(String executionArn, int redriveCount, long eventId) {
    return hex(digest("span\n" + executionArn + "\n" + redriveCount + "\n" + eventId), 8);
  }

  private static String hex(byte[] digest, int bytes) {
    String hex = HEX.formatHex(digest, 0, bytes);
    // An all-zero id is invalid; one digest in 2^64 would give it.
    return hex.chars().allMatch(c -> c == '0') ? hex.substring(0, hex.length() - 1) + "1" : hex;
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}

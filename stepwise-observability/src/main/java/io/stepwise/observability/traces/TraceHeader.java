package io.stepwise.observability.traces;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads StartExecution's {@code traceHeader} in either form a caller sends: X-Ray's {@code
 * Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1} or W3C's {@code
 * 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>}. The parent becomes the execution span's
 * remote parent; a header that says "not sampled" keeps the execution out of the trace.
 */
final class TraceHeader {
  private static final Pattern XRAY_ROOT =
      Pattern.compile("(?:^|;)\\s*Root=1-([0-9a-fA-F]{8})-([0-9a-fA-F]{24})\\s*(?:;|$)");
  private static final Pattern XRAY_PARENT =
      Pattern.compile("(?:^|;)\\s*Parent=([0-9a-fA-F]{16})\\s*(?:;|$)");
  private static final Pattern XRAY_SAMPLED =
      Pattern.compile("(?:^|;)\\s*Sampled=([01?])\\s*(?:;|$)");
  private static final Pattern W3C =
      Pattern.compile("^\\s*([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})\\s*$");

  private TraceHeader() {}

  /**
   * The header's trace as a remote parent: its trace id, its parent span (or an invalid one where
   * an X-Ray header names none) and whether it is sampled. Empty when the header is absent or in
   * neither form, or names an all-zero trace.
   */
  static Optional<SpanContext> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Matcher w3c = W3C.matcher(header);
    if (w3c.matches() && !w3c.group(1).equals("ff")) {
      byte flags = (byte) Integer.parseInt(w3c.group(4), 16);
      return valid(w3c.group(2), w3c.group(3), (flags & 1) != 0);
    }
    Matcher root = XRAY_ROOT.matcher(header);
    if (root.find()) {
      Matcher parent = XRAY_PARENT.matcher(header);
      Matcher sampled = XRAY_SAMPLED.matcher(header);
      return valid(
          root.group(1) + root.group(2),
          parent.find() ? parent.group(1) : null,
          // X-Ray's "?" (let the receiver decide) and a missing flag both mean: trace it.
          !(sampled.find() && sampled.group(1).equals("0")));
    }
    return Optional.empty();
  }

  private static Optional<SpanContext> valid(String traceId, String parentId, boolean sampled) {
    String trace = traceId.toLowerCase(Locale.ROOT);
    String parent = parentId == null ? "0".repeat(16) : parentId.toLowerCase(Locale.ROOT);
    if (trace.chars().allMatch(c -> c == '0')) {
      return Optional.empty();
    }
    return Optional.of(
        SpanContext.createFromRemoteParent(
            trace,
            parent,
            sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(),
            TraceState.getDefault()));
  }
}

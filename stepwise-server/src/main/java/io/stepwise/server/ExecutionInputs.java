package io.stepwise.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import io.stepwise.engine.machines.InvalidName;
import io.stepwise.server.protocol.ApiException;
import java.util.UUID;

/** The name, input and trace header of an execution to start, checked as AWS checks them. */
public final class ExecutionInputs {
  private static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_TRACE_HEADER_LENGTH = 256;
  private static final String FORBIDDEN = " <>{}[]?*\"#%\\^|~`$&,;:/";

  private ExecutionInputs() {}

  /**
   * The execution name: the one given, or a random UUID as AWS picks one.
   *
   * @throws ApiException {@code ValidationException} if it is longer than 80 characters
   * @throws InvalidName if it holds whitespace, brackets, wildcards, special or control characters
   */
  public static String name(String given) {
    if (given == null) {
      return UUID.randomUUID().toString();
    }
    int length = given.codePointCount(0, given.length());
    if (length < 1 || length > MAX_NAME_LENGTH) {
      throw ApiException.constraint(
          given,
          "name",
          "have length "
              + (length < 1
                  ? "greater than or equal to 1"
                  : "less than or equal to " + MAX_NAME_LENGTH));
    }
    given
        .codePoints()
        .filter(ExecutionInputs::forbidden)
        .findFirst()
        .ifPresent(c -> {
          throw new InvalidName(given);
        });
    return given;
  }

  /**
   * The execution input: the JSON text given, or {@code {}}.
   *
   * @throws ApiException {@code InvalidExecutionInput} if it is not JSON
   */
  public static JsonNode parse(String input) {
    if (input == null) {
      return Json.NODES.objectNode();
    }
    try {
      JsonNode parsed = Json.parse(input);
      if (parsed == null || parsed.isMissingNode()) {
        throw ApiException.invalidExecutionInput(
            "Invalid State Machine Execution Input: 'No content to map due to end-of-input'");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      throw ApiException.invalidExecutionInput(
          "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
    }
  }

  /**
   * The trace header, as AWS's {@code TraceHeader} shape allows it: at most 256 ASCII characters.
   *
   * @throws ApiException {@code ValidationException} if it is longer or not ASCII
   */
  public static String traceHeader(String given) {
    if (given == null) {
      return null;
    }
    if (given.length() > MAX_TRACE_HEADER_LENGTH) {
      throw ApiException.constraint(
          given, "traceHeader", "have length less than or equal to " + MAX_TRACE_HEADER_LENGTH);
    }
    if (!given.chars().allMatch(c -> c < 0x80)) {
      throw ApiException.constraint(
          given, "traceHeader", "satisfy regular expression pattern: \\p{ASCII}*");
    }
    return given;
  }

  private static boolean forbidden(int c) {
    return Character.isWhitespace(c)
        || FORBIDDEN.indexOf(c) >= 0
        || c <= 0x1F
        || (c >= 0x7F && c <= 0x9F)
        || c == 0xFFFE
        || c == 0xFFFF
        || (c >= 0xD800 && c <= 0xDFFF)
        || c == 0x10FFFF;
  }
}

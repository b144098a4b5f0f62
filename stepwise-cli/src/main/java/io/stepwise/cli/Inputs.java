package io.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads definitions and inputs from files or standard input, with errors a person can act on. */
final class Inputs {
  /** AWS's limit on an execution's input, in bytes of UTF-8 (StartExecution's {@code input}). */
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  private Inputs() {}

  /** Reads a file, or {@code standardInput} for {@code -}; the stream is left open. */
  static String read(String source, String what, InputStream standardInput) {
    String name = "-".equals(source) ? "standard input" : "'" + source + "'";
    try {
      if ("-".equals(source)) {
        return StandardCharsets.UTF_8
            .newDecoder()
            .decode(java.nio.ByteBuffer.wrap(standardInput.readAllBytes()))
            .toString();
      }
      Path path = Path.of(source);
      if (Files.isDirectory(path)) {
        throw new UserError("cannot read " + what + " " + name + ": it is a directory");
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read " + what + " " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserError("cannot read " + what + " " + name + ": permission denied");
    } catch (CharacterCodingException e) {
      throw new UserError("cannot read " + what + " " + name + ": it is not UTF-8 text");
    } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
      throw new UserError("cannot read " + what + " " + name + ": " + e.getMessage());
    }
  }

  /**
   * Checks the size of an execution input as AWS's {@code StartExecution} does: at most 256 KiB of
   * UTF-8. Without this, a larger input would start the execution and fail its first state with
   * {@code States.DataLimitExceeded}, blaming the state for what the caller sent.
   */
  static String withinPayloadLimit(String text, String what) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_PAYLOAD_BYTES) {
      throw new UserError(
          what
              + " is "
              + bytes
              + " bytes; an execution input may be at most "
              + MAX_PAYLOAD_BYTES
              + " bytes (256 KiB), as on AWS Step Functions");
    }
    return text;
  }

  /** Parses JSON text, or explains where and why it is not JSON. */
  static JsonNode json(String text, String what) {
    JsonNode value;
    try {
      value = Json.parse(text);
    } catch (StreamConstraintsException e) {
      // Valid JSON perhaps, but deeper or longer than any payload may be: say which limit it hit.
      String message = e.getOriginalMessage();
      if (message != null && message.contains("nesting depth")) {
        throw new UserError(
            what + " is nested more than " + Json.MAX_NESTING_DEPTH + " levels deep" + at(e));
      }
      throw new UserError(what + " is too large" + at(e) + ": " + JsonLocations.readable(message));
    } catch (JsonProcessingException e) {
      throw new UserError(
          what
              + " is not valid JSON"
              + at(e)
              + ": "
              + JsonLocations.readable(e.getOriginalMessage()));
    }
    if (value.isMissingNode()) {
      // Jackson reads empty text as "no value"; an execution needs one ({} at least).
      throw new UserError(what + " is empty: give a JSON value, {} at least");
    }
    return value;
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}

package io.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads definitions and inputs from files or standard input, with errors a person can act on. */
final class Inputs {
  private Inputs() {}

  /** Reads a file, or standard input for {@code -}. */
  static String read(String source, String what) {
    try {
      if ("-".equals(source)) {
        try (InputStream in = System.in) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read " + what + " '" + source + "': no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError("cannot read " + what + " '" + source + "': " + e.getMessage());
    }
  }

  static JsonNode json(String text, String what) {
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new UserError(what + " is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }
}

package io.stepwise.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.json.Json;
import io.stepwise.asl.validate.Diagnostic;
import io.stepwise.asl.validate.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints validation diagnostics for people, or as ValidateStateMachineDefinition's response. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /**
   * One line per diagnostic: {@code SEVERITY CODE at LOCATION: MESSAGE}. Jackson's syntax errors
   * quote the definition in their location and message; those quotes are shortened to {@code line
   * L, column C} so that a diagnostic stays on its line (the JSON form keeps AWS's exact text).
   */
  static void printForPeople(List<Diagnostic> diagnostics, PrintWriter out) {
    for (Diagnostic d : diagnostics) {
      String location = d.location() == null ? "" : " at " + JsonLocations.readable(d.location());
      String message = JsonLocations.readable(d.message());
      if (d.location() != null) {
        message = JsonLocations.withoutTrailingLocation(message);
      }
      out.println(d.severity() + " " + d.code() + location + ": " + message);
    }
    out.flush();
  }

  /** The {@code ValidateStateMachineDefinition} response shape. */
  static ObjectNode asResponse(List<Diagnostic> diagnostics) {
    ObjectNode response = Json.NODES.objectNode();
    boolean ok = diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    response.put("result", ok ? "OK" : "FAIL");
    ArrayNode list = response.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode item = list.addObject();
      item.put("severity", d.severity().name());
      item.put("code", d.code());
      item.put("message", d.message());
      if (d.location() != null) {
        item.put("location", d.location());
      }
    }
    response.put("truncated", false);
    return response;
  }
}

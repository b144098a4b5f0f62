package io.stepwise.server.console;

import io.javalin.http.Context;
import io.stepwise.engine.run.ExecutionStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the execution list was asked for, from the query string: a state machine or a map run (or
 * neither, for all), a status, a part of the name, and how many rows to show.
 */
public record ExecutionFilter(
    String stateMachineArn, String mapRunArn, String status, String q, int limit) {
  /** How many rows a page shows at first; "Show more" adds as many again. */
  static final int PAGE = 100;

  static ExecutionFilter of(Context ctx) {
    String status = blankToNull(ctx.queryParam("status"));
    if (status != null) {
      try {
        ExecutionStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        status = null; // Not a status: shown as "any", as a select would.
      }
    }
    int limit;
    try {
      String asked = ctx.queryParam("limit");
      limit = asked == null ? PAGE : Math.clamp(Integer.parseInt(asked), 1, 10_000);
    } catch (NumberFormatException e) {
      limit = PAGE;
    }
    return new ExecutionFilter(
        blankToNull(ctx.queryParam("stateMachineArn")),
        blankToNull(ctx.queryParam("mapRunArn")),
        status,
        ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip(),
        limit);
  }

  /** This filter's query string with another limit: the "Show more" link. */
  public String moreQuery() {
    StringBuilder query = new StringBuilder("?limit=" + (limit + PAGE));
    append(query, "stateMachineArn", stateMachineArn);
    append(query, "mapRunArn", mapRunArn);
    append(query, "status", status);
    append(query, "q", q.isEmpty() ? null : q);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

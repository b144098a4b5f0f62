package io.stepwise.cli;

import io.stepwise.engine.history.HistoryEvent;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The history as a table a person can read in a terminal. */
final class HistoryTable {

  /** Milliseconds, as AWS keeps them, in a fixed width so that the columns line up. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private HistoryTable() {}

  static void print(List<HistoryEvent> events, PrintWriter out) {
    out.printf("%4s  %4s  %-26s  %-24s  %s%n", "ID", "PREV", "TYPE", "TIME", "DETAILS");
    for (HistoryEvent e : events) {
      String details = e.details() == null ? "" : e.details().toString();
      if (details.length() > 100) {
        details = details.substring(0, 97) + "...";
      }
      out.printf(
          "%4d  %4d  %-26s  %-24s  %s%n",
          e.id(), e.previousEventId(), e.type().awsName(), TIME.format(e.timestamp()), details);
    }
  }
}

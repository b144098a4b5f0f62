package io.stepwise.cli;

import io.stepwise.engine.history.HistoryEvent;
import java.io.PrintWriter;
import java.util.List;

/** The history as a table a person can read in a terminal. */
final class HistoryTable {
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
          e.id(), e.previousEventId(), e.type().awsName(), e.timestamp(), details);
    }
  }
}

package io.stepwise.asl.model;

import io.stepwise.asl.template.ValueTemplate;
import java.util.List;

/**
 * One {@code Catch} entry.
 *
 * @param errorEquals the error names it matches
 * @param next the state to go to
 * @param resultPath where JSONPath puts the error output in the input (absent: replace all)
 * @param output JSONata {@code Output}, or {@code null}
 * @param assign {@code Assign}, or {@code null}
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    DataFlow.PathField resultPath,
    ValueTemplate output,
    ValueTemplate assign) {

  public Catcher {
    errorEquals = List.copyOf(errorEquals);
  }
}

package io.stepwise.conformance;

import java.nio.file.Path;

/** Names derived from a case's name. */
final class CaseFamily {

  private CaseFamily() {}

  /**
   * The corpus test family of a case: the part of its name before the first {@code __}, which names
   * the recording test file (such as {@code test_base_scenarios}).
   */
  static String of(String caseName) {
    int end = caseName.indexOf("__");
    return end > 0 ? caseName.substring(0, end) : caseName;
  }

  /** A case file's name without its {@code .json} extension. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }
}

package io.stepwise.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the corpus is, and its case files. */
final class CorpusFiles {

  /** The system property the build sets to the corpus directory. */
  static final String DIRECTORY_PROPERTY = "stepwise.conformance.dir";

  private CorpusFiles() {}

  /**
   * The corpus directory: the system property when set, else {@code ../shared/conformance} beside
   * the project root, as seen from this module's directory (where an IDE runs tests).
   */
  static Path directory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    Path directory =
        configured == null || configured.isBlank()
            ? Path.of("..", "..", "shared", "conformance")
            : Path.of(configured);
    return directory.toAbsolutePath().normalize();
  }

  /** The {@code *.json} files of one part of the corpus, by name; none when it is absent. */
  static List<Path> caseFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }
}

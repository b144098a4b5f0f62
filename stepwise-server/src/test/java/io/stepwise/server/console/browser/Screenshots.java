package io.stepwise.server.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Pictures of the console: for the README's {@code docs/images/} only when asked with {@code
 * -Dstepwise.screenshots=true} (so that an ordinary test run leaves the tree as it was), and of
 * every failed browser test in {@code target/browser-screenshots/}, to see what the test saw.
 */
final class Screenshots implements TestWatcher {
  static final boolean FOR_DOCS = Boolean.getBoolean("stepwise.screenshots");
  static final Path FAILURES = Path.of("target", "browser-screenshots");

  private final Supplier<WebDriver> browser;

  Screenshots(Supplier<WebDriver> browser) {
    this.browser = browser;
  }

  /** Saves the page as {@code docs/images/<name>.png} when screenshots for the docs are asked. */
  void forDocs(WebDriver driver, String name) {
    if (FOR_DOCS) {
      save(driver, docsImages().resolve(name + ".png"));
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    WebDriver driver = browser.get();
    if (driver == null) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    try {
      save(driver, FAILURES.resolve(name + ".png"));
    } catch (RuntimeException e) {
      // A browser too broken for a screenshot: the failure itself says more.
      cause.addSuppressed(e);
    }
  }

  private static void save(WebDriver driver, Path file) {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's {@code docs/images}: tests run in the module's folder, below the root. */
  static Path docsImages() {
    Path folder = Path.of("").toAbsolutePath();
    while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
      folder = folder.getParent();
    }
    if (folder == null) {
      throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
    }
    return folder.resolve("docs").resolve("images");
  }
}

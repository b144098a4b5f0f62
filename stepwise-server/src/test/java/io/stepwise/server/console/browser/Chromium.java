package io.stepwise.server.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its chromedriver, started headless with nothing that reaches past this
 * machine. Selenium is given both paths, so Selenium Manager (which would download a driver) is
 * never asked.
 */
final class Chromium {
  static final Path BINARY = Path.of(System.getProperty("stepwise.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("stepwise.chromedriver", "/usr/bin/chromedriver"));

  private static final String INSTALL =
      "Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver";

  /**
   * The tests use no Chrome DevTools Protocol, so Selenium's warning that it has none for this
   * Chromium's version is noise; held here so the setting is not collected with the logger.
   */
  private static final java.util.logging.Logger CDP_VERSIONS =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  /** Each browser's profile folder, removed when it quits. */
  private static final Map<WebDriver, Path> PROFILES = new ConcurrentHashMap<>();

  private Chromium() {}

  static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** Why browser tests cannot run here, and what to do about it. */
  static String missing() {
    return "No " + BINARY + " or " + DRIVER + ". " + INSTALL;
  }

  /**
   * Fails when Chromium or chromedriver is missing; reached only in CI, where {@link
   * ChromiumInstalled} does not skip.
   */
  static void requireInstalled() {
    if (!installed()) {
      Assertions.fail(missing() + " (CI is set, so browser tests may not be skipped)");
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }

  static WebDriver start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("stepwise-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        // As root (CI, containers) Chromium refuses to start with its sandbox.
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // The network is closed: without these Chromium keeps trying to reach Google's services.
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    PROFILES.put(driver, profile);
    return driver;
  }

  /** What the browser logged (its console, failed loads, refused policies) since the last call. */
  static List<LogEntry> log(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll();
  }

  static void quit(WebDriver browser) {
    try {
      browser.quit();
    } finally {
      Path profile = PROFILES.remove(browser);
      if (profile != null) {
        delete(profile);
      }
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A profile left in the temporary folder is harmless; the test's result stands.
    }
  }
}

package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.server.Server;
import io.stepwise.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The console in a real browser: a {@link Server} on an ephemeral port and one headless Chromium
 * per test class (Debian's {@code chromium} and {@code chromium-driver}), a window of 1280×800, an
 * AWS SDK client to make what a test does not make through the pages, and after each test a check
 * that the browser logged no error: a script error, a failed load or a refused policy all fail the
 * test that caused them. A failed test leaves a screenshot in {@code target/browser-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumInstalled.class)
public abstract class BrowserTestSupport {
  static final String ROLE = "arn:aws:iam::123456789012:role/browser-test";
  static final Dimension DESKTOP = new Dimension(1280, 800);
  static final Dimension PHONE = new Dimension(390, 844);

  /** Long enough for a slow CI machine, short enough that a wrong wait fails quickly. */
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  Server server;
  SfnClient sfn;
  String base;
  WebDriver browser;

  @RegisterExtension final Screenshots screenshots = new Screenshots(() -> browser);

  @BeforeAll
  void startServerAndBrowser(@TempDir Path dataDir) {
    Chromium.requireInstalled();
    server = new Server(ServerConfig.of(0, dataDir));
    base = "http://127.0.0.1:" + server.start();
    sfn =
        SfnClient.builder()
            .endpointOverride(URI.create(base))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    browser = Chromium.start();
  }

  @AfterAll
  void stopBrowserAndServer() {
    if (browser != null) {
      Chromium.quit(browser);
    }
    if (sfn != null) {
      sfn.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void freshWindow() {
    desktopWidth();
    browserLog();
  }

  @AfterEach
  void theBrowserLoggedNoError() {
    List<String> errors = browserErrors();
    assertThat(errors).as("errors in the browser's console log").isEmpty();
  }

  /** Opens a console page and waits until it has loaded and htmx has settled. */
  void open(String path) {
    browser.get(base + path);
    waitUntil(d -> "complete".equals(script("return document.readyState")));
  }

  /**
   * Waits for a condition, failing with what was awaited when it does not come. An element that a
   * live update replaced while the condition looked at it only means: look again.
   */
  <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Does something with elements of a page that live updates may replace at any moment (the
   * execution page swaps its summary and graph as events come), again until no element went stale
   * under it.
   */
  void onLivePage(Runnable action) {
    waitUntil(d -> {
      action.run();
      return true;
    });
  }

  WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  /** The form control a {@code <label>} with this text names, as a person finds it. */
  WebElement field(String label) {
    WebElement labelElement =
        browser.findElement(By.xpath("//label[normalize-space()=" + xpathString(label) + "]"));
    String id = labelElement.getAttribute("for");
    return id == null || id.isEmpty()
        ? labelElement.findElement(By.cssSelector("input, textarea, select"))
        : browser.findElement(By.id(id));
  }

  /** The button (or link styled as one) whose text is exactly this. */
  WebElement button(String text) {
    String literal = xpathString(text);
    return browser.findElement(
        By.xpath(
            "//button[normalize-space()="
                + literal
                + "] | //a[normalize-space()="
                + literal
                + "] | //input[@type='submit' and @value="
                + literal
                + "]"));
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return browser.switchTo().activeElement();
  }

  /** Presses keys as a person would, on whatever has the focus. */
  void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  /** Ctrl+A on the focused field, so that what is typed next replaces its text. */
  void selectAll() {
    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
  }

  /**
   * Presses Tab until the focus reaches an element that matches the CSS selector, as a keyboard
   * user would; fails if it is not reached within {@code maxTabs} presses.
   */
  WebElement tabTo(String css, int maxTabs) {
    for (int i = 0; i < maxTabs; i++) {
      press(Keys.TAB);
      if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", css))) {
        return focused();
      }
    }
    throw new AssertionError(
        "Tab did not reach " + css + " in " + maxTabs + " presses; the focus is on " + describe());
  }

  private String describe() {
    return String.valueOf(
        script(
            "const e = document.activeElement;"
                + " return e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim()"
                + ".slice(0, 40)"));
  }

  void desktopWidth() {
    resize(DESKTOP);
  }

  void phoneWidth() {
    resize(PHONE);
  }

  /**
   * Makes the viewport (what the page sees as {@code window.innerWidth} and {@code innerHeight})
   * this size: even headless, Chromium's window keeps room for a toolbar, so the window is made
   * larger by that much.
   */
  private void resize(Dimension size) {
    if (size.equals(viewport())) {
      return;
    }
    browser.manage().window().setSize(size);
    Dimension inner = viewport();
    if (!inner.equals(size)) {
      browser
          .manage()
          .window()
          .setSize(new Dimension(2 * size.width - inner.width, 2 * size.height - inner.height));
    }
  }

  private Dimension viewport() {
    @SuppressWarnings("unchecked")
    List<Long> inner = (List<Long>) script("return [window.innerWidth, window.innerHeight]");
    return new Dimension(inner.get(0).intValue(), inner.get(1).intValue());
  }

  /** Nothing on the page is wider than the viewport, so nothing needs sideways scrolling. */
  void assertNoHorizontalOverflow() {
    long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
    long innerWidth = (Long) script("return window.innerWidth");
    assertThat(scrollWidth)
        .as("the page's width at a viewport %d px wide (%s)", innerWidth, browser.getCurrentUrl())
        .isLessThanOrEqualTo(innerWidth);
  }

  /** Saves the viewport for the README when run with {@code -Dstepwise.screenshots=true}. */
  void screenshot(String name) {
    screenshots.forDocs(browser, name);
  }

  /**
   * Saves the page from its top for the README, the viewport made as tall as the page up to {@code
   * maxHeight}, when run with {@code -Dstepwise.screenshots=true}; the viewport is as it was after.
   */
  void screenshotOfPage(String name, int maxHeight) {
    if (!Screenshots.FOR_DOCS) {
      return;
    }
    Dimension before = viewport();
    long height = (Long) script("return document.documentElement.scrollHeight");
    resize(new Dimension(before.width, (int) Math.min(height, maxHeight)));
    script("window.scrollTo(0, 0)");
    screenshots.forDocs(browser, name);
    resize(before);
  }

  /** What the browser logged since the last call, and forgets it. */
  List<LogEntry> browserLog() {
    return Chromium.log(browser);
  }

  /** The errors the browser logged since the last call (SEVERE entries), and forgets them. */
  List<String> browserErrors() {
    return browserLog().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  String createStateMachine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private static String xpathString(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}

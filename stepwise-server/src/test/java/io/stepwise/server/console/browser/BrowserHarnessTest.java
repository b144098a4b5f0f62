package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The harness itself is trusted only as far as it is shown to work: the errors it must catch are
 * caught, the sizes are the sizes asked for, and Selenium Manager (which downloads drivers) is
 * never asked.
 */
class BrowserHarnessTest extends BrowserTestSupport {

  @Test
  void aConsoleErrorIsCaught() {
    open("/state-machines");
    script("console.error('deliberate error from the test')");

    assertThat(browserErrors()).anySatisfy(e -> assertThat(e).contains("deliberate error"));
  }

  @Test
  void anUncaughtExceptionIsCaught() {
    open("/state-machines");
    script("setTimeout(() => { throw new Error('deliberate uncaught') }, 0)");

    List<String> errors = waitUntil(d -> errorsOrNull());
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("deliberate uncaught"));
  }

  @Test
  void aFailedLoadIsCaught() {
    open("/state-machines");
    script(
        "const s = document.createElement('script');"
            + " s.src = '/console-assets/no-such-file.js'; document.head.append(s);");

    List<String> errors = waitUntil(d -> errorsOrNull());
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("404"));
  }

  @Test
  void theViewportIsDesktopSizedAndCanBePhoneSized() {
    open("/state-machines");
    assertThat(script("return [window.innerWidth, window.innerHeight]"))
        .isEqualTo(List.of(1280L, 800L));

    phoneWidth();
    assertThat(script("return [window.innerWidth, window.innerHeight]"))
        .isEqualTo(List.of(390L, 844L));

    desktopWidth();
    assertThat(script("return [window.innerWidth, window.innerHeight]"))
        .isEqualTo(List.of(1280L, 800L));
  }

  @Test
  void seleniumManagerIsNeverAsked() {
    Logger manager = Logger.getLogger("org.openqa.selenium.manager.SeleniumManager");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = manager.getLevel();
    manager.setLevel(Level.ALL);
    manager.addHandler(handler);
    WebDriver another = Chromium.start();
    try {
      another.get(base + "/state-machines");
      assertThat(another.getTitle()).contains("State machines");
    } finally {
      Chromium.quit(another);
      manager.removeHandler(handler);
      manager.setLevel(level);
    }

    assertThat(records).extracting(LogRecord::getMessage).isEmpty();
  }

  /** The errors logged so far, or null while there are none (to wait for one). */
  private List<String> errorsOrNull() {
    List<String> errors = browserErrors();
    return errors.isEmpty() ? null : errors;
  }
}

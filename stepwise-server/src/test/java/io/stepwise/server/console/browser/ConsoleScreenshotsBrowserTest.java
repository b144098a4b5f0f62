package io.stepwise.server.console.browser;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The README's pictures of the console, over a small, realistic set: a few state machines (one with
 * Choice, Parallel, Map and Catch) and executions that succeeded, failed and are running. Run with
 * {@code -Dstepwise.screenshots=true}; it writes {@code docs/images/console-*.png}.
 */
@EnabledIfSystemProperty(named = "stepwise.screenshots", matches = "true")
class ConsoleScreenshotsBrowserTest extends BrowserTestSupport {
  private static final String ITEMS =
      "{\"orderId\":\"o-1042\",\"items\":[{\"sku\":\"book\"},{\"sku\":\"pen\"}]}";

  private String pipeline;
  private String shipped;

  @BeforeAll
  void aRealisticConsole() {
    pipeline = createStateMachine("order-pipeline", Definitions.ORDER_PIPELINE);
    createStateMachine("hello-world", Definitions.PASS);
    String confirm = createStateMachine("confirm-order", Definitions.SHORT_WAIT);
    String hold = createStateMachine("hold-for-review", Definitions.LONG_WAIT);
    String reject = createStateMachine("reject-order", Definitions.FAILS);

    shipped = start(pipeline, "order-1042", ITEMS);
    start(pipeline, "order-1043", "{\"orderId\":\"o-1043\",\"items\":[]}");
    start(confirm, "confirm-1042", "{\"order\":1042}");
    start(reject, "reject-1044", "{\"order\":1044}");
    start(hold, "review-1045", "{\"order\":1045}");
    awaitEnd(shipped);
  }

  @Test
  void stateMachines() {
    open("/state-machines");
    screenshot("console-state-machines");
  }

  @Test
  void stateMachine() {
    open("/state-machine?arn=" + pipeline);
    screenshotOfPage("console-state-machine", 1500);
  }

  @Test
  void editor() {
    open("/state-machine/edit?arn=" + pipeline);
    waitUntil(d -> !d.findElements(By.cssSelector("#graph-preview svg")).isEmpty());
    screenshotOfPage("console-editor", 1200);
  }

  @Test
  void execution() {
    open("/execution?arn=" + shipped);
    find("#execution-graph .sw-state[data-state='Price and ship']").click();
    waitUntil(d -> !d.findElements(By.cssSelector("#state-details .state-view")).isEmpty());
    screenshotOfPage("console-execution", 1500);

    phoneWidth();
    open("/execution?arn=" + shipped);
    screenshot("console-execution-phone");
  }

  private String start(String machine, String name, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input(input))
        .executionArn();
  }

  private void awaitEnd(String execution) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (sfn.describeExecution(b -> b.executionArn(execution))
        .statusAsString()
        .equals("RUNNING")) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(execution + " still runs");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}

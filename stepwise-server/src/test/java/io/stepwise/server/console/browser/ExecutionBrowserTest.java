package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Executions from the console: started with an input, watched to their end without a reload, their
 * states opened from the graph by mouse and by keyboard, stopped and redriven.
 */
class ExecutionBrowserTest extends BrowserTestSupport {
  private String shortWait;
  private String longWait;

  @BeforeAll
  void stateMachines() {
    shortWait = createStateMachine("short-wait", Definitions.SHORT_WAIT);
    longWait = createStateMachine("long-wait", Definitions.LONG_WAIT);
  }

  @Test
  void anExecutionStartedHereIsSeenToFinishLiveAndItsStatesOpen() {
    open("/executions?stateMachineArn=" + shortWait);
    button("Start execution").click();
    waitUntil(d -> d.getCurrentUrl().contains("/executions/new"));
    WebElement input = field("Input (JSON)");
    input.clear();
    input.sendKeys("{\"order\": 42}");
    find("#start-execution button[type=submit]").click();

    waitUntil(d -> d.getCurrentUrl().contains("/execution?"));
    // A mark on the page that a reload would wipe: the end must come in over server-sent events.
    script("window.stepwiseNotReloaded = true");
    assertThat(status()).isEqualTo("RUNNING");
    waitUntil(d -> "SUCCEEDED".equals(status()));
    assertThat(script("return window.stepwiseNotReloaded")).isEqualTo(true);
    assertThat(find("#execution-output").getText()).containsPattern("\"confirmed\"\\s*:\\s*true");

    onLivePage(() -> state("Confirm").click());
    WebElement details = waitForDetailsOf("Confirm");
    assertThat(details.findElement(By.cssSelector(".state-input")).getText()).contains("42");
    assertThat(details.findElement(By.cssSelector(".state-output")).getText())
        .contains("\"confirmed\"");

    // The same from the keyboard: Tab to a state in the graph, Enter opens it.
    tabTo("#execution-graph .sw-state[data-state='Prepare']", 40);
    press(Keys.ENTER);
    details = waitForDetailsOf("Prepare");
    assertThat(details.findElement(By.cssSelector(".state-output")).getText())
        .contains("\"prepared\"");
  }

  @Test
  void aRunningExecutionIsStoppedAndRedriven() {
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(longWait).name("to-stop")).executionArn();
    open("/execution?arn=" + execution);
    assertThat(status()).isEqualTo("RUNNING");

    onLivePage(() -> button("Stop execution").click());
    acceptConfirmation();
    waitUntil(d -> "ABORTED".equals(status()));
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).statusAsString())
        .isEqualTo("ABORTED");

    onLivePage(() -> button("Redrive").click());
    acceptConfirmation();
    waitUntil(d -> "RUNNING".equals(status()));
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).redriveCount()).isEqualTo(1);
    sfn.stopExecution(b -> b.executionArn(execution));
  }

  /** The status badge's text, read in one step: live updates replace the element at any time. */
  private String status() {
    return String.valueOf(
            script(
                "const s = document.getElementById('execution-status');"
                    + " return s ? s.textContent : null"))
        .trim();
  }

  private WebElement state(String name) {
    return find("#execution-graph .sw-state[data-state='" + name + "']");
  }

  private WebElement waitForDetailsOf(String name) {
    return waitUntil(d ->
        d
            .findElements(By.cssSelector("#state-details .state-view[data-state='" + name + "']"))
            .stream()
            .findFirst()
            .orElse(null));
  }

  /** Accepts the browser's confirm() dialog that asks before stopping or redriving. */
  private void acceptConfirmation() {
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(ExpectedConditions.alertIsPresent())
        .accept();
  }
}

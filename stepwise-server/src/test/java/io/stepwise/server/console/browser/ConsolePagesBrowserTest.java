package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Every main page of the console: each fits a phone's width, and each is reached and worked from
 * the keyboard alone.
 */
class ConsolePagesBrowserTest extends BrowserTestSupport {
  private String machine;
  private String succeeded;

  @BeforeAll
  void aStateMachineAndAnExecution() {
    machine = createStateMachine("order-pipeline", Definitions.ORDER_PIPELINE);
    succeeded =
        sfn.startExecution(b ->
                b.stateMachineArn(machine)
                    .name("order-1")
                    .input("{\"items\":[{\"sku\":\"book\"},{\"sku\":\"pen\"}]}"))
            .executionArn();
  }

  @Test
  void theStateMachinePagesFitAPhone() {
    fitAPhone(
        "/state-machines",
        "/state-machine?arn=" + machine,
        "/state-machines/new",
        "/state-machine/edit?arn=" + machine);
  }

  @Test
  void theExecutionPagesFitAPhone() {
    fitAPhone(
        "/executions",
        "/executions?stateMachineArn=" + machine,
        "/executions/new?stateMachineArn=" + machine,
        "/execution?arn=" + succeeded,
        "/activities");
  }

  private void fitAPhone(String... pages) {
    phoneWidth();
    for (String page : pages) {
      open(page);
      assertNoHorizontalOverflow();
      assertThat(browserErrors()).as("errors logged on %s", page).isEmpty();
    }
  }

  @Test
  void theNavigationReachesEveryPartFromTheKeyboard() {
    open("/state-machines");

    tabTo("nav[aria-label=Main] a[href='/executions']", 6);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().endsWith("/executions"));
    assertThat(find("h1").getText()).isEqualTo("Executions");

    tabTo("nav[aria-label=Main] a[href='/activities']", 6);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().endsWith("/activities"));
    assertThat(find("h1").getText()).startsWith("Activities");
  }

  @Test
  void anExecutionIsStartedFromTheKeyboardAlone() {
    open("/executions?stateMachineArn=" + machine);

    tabTo("a.button[href^='/executions/new']", 20);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().contains("/executions/new"));
    tabTo("#execution-input", 20);
    selectAll();
    press("{\"items\":[{\"sku\":\"lamp\"}]}");
    tabTo("#start-execution button[type=submit]", 10);
    press(Keys.ENTER);

    waitUntil(d -> d.getCurrentUrl().contains("/execution?"));
    waitUntil(d ->
        "SUCCEEDED"
            .equals(
                script("return document.getElementById('execution-status').textContent.trim()")));
  }

  @Test
  void aStateMachineIsOpenedAndStartedFromTheKeyboard() {
    open("/state-machines");

    tabTo("#state-machines a", 12);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().contains("/state-machine?"));
    tabTo("#tab-definition", 20);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().contains("definition"));
    assertThat(find("#definition").getText()).contains("Price and ship");
    tabTo("#start-execution", 20);
    press(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().contains("/executions/new"));
  }
}

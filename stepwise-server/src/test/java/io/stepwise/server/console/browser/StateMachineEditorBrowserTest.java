package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Creating a state machine in the console's editor, as a person would: typing its definition. */
class StateMachineEditorBrowserTest extends BrowserTestSupport {
  private static final String BAD_NEXT =
      "{\"StartAt\":\"Hello\",\"States\":{\"Hello\":{\"Type\":\"Pass\",\"Next\":\"Wrld\"},"
          + "\"World\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Test
  void aStateMachineIsTypedCheckedAsItIsTypedAndSaved() {
    open("/state-machines");
    button("Create state machine").click();
    waitUntil(d -> d.getCurrentUrl().endsWith("/state-machines/new"));

    field("Name").sendKeys("hello-from-the-browser");
    WebElement definition = find("#definition");
    definition.clear();
    definition.sendKeys(BAD_NEXT);
    WebElement diagnostic =
        waitUntil(d ->
            d.findElements(By.cssSelector("#diagnostics .diagnostic")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    assertThat(diagnostic.getText()).contains("Wrld");

    // Fix the name the Next points at: the diagnostic goes away as the text changes.
    String text = definition.getAttribute("value");
    definition.clear();
    definition.sendKeys(text.replace("Wrld", "World"));
    waitUntil(d -> d.findElements(By.cssSelector("#diagnostics .diagnostic")).isEmpty());
    waitUntil(d -> !d.findElements(By.cssSelector("#graph-preview svg")).isEmpty());

    find("#save").click();

    waitUntil(d -> d.getCurrentUrl().contains("/state-machine?"));
    assertThat(find("#machine-name").getText()).isEqualTo("hello-from-the-browser");
    WebElement graph = find("#graph");
    assertThat(graph.findElements(By.cssSelector(".sw-state")))
        .extracting(state -> state.getAttribute("data-state"))
        .contains("Hello", "World");
    assertThat(sfn.listStateMachines().stateMachines())
        .extracting(machine -> machine.name())
        .contains("hello-from-the-browser");
  }
}

package io.stepwise.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What every page shares, in a real browser: the layout, the skip link, the navigation, focus that
 * can be seen, and a page that fits a phone.
 */
class ConsoleLayoutBrowserTest extends BrowserTestSupport {
  @BeforeAll
  void someStateMachines() {
    createStateMachine("orders", Definitions.PASS);
    createStateMachine(
        "a-state-machine-with-a-name-as-long-as-aws-allows-it-to-be-eighty-chars",
        Definitions.PASS);
  }

  @Test
  void theRootShowsTheStateMachines() {
    open("/");

    assertThat(browser.getCurrentUrl()).endsWith("/state-machines");
    assertThat(browser.getTitle()).isEqualTo("State machines · Stepwise");
    assertThat(find("#state-machines").getText()).contains("orders");
    assertThat(find("nav[aria-label=Main] a[aria-current=page]").getText())
        .isEqualTo("State machines");
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToTheContent() {
    open("/state-machines");

    press(Keys.TAB);
    WebElement skip = focused();
    assertThat(skip.getText()).isEqualTo("Skip to content");
    assertThat(skip.getRect().getX())
        .as("shown on the page when focused")
        .isGreaterThanOrEqualTo(0);
    assertThat(skip.isDisplayed()).isTrue();

    press(Keys.ENTER);
    assertThat(focused().getAttribute("id")).isEqualTo("main");
    press(Keys.TAB);
    assertThat(focused().getText())
        .as("the first stop after the skip")
        .isEqualTo("Create state machine");
  }

  @Test
  void aKeyboardReachesAStateMachineFromTheNavigation() {
    open("/state-machines");

    WebElement link = tabTo("#state-machines a", 12);
    assertThat(link.getText())
        .isEqualTo("a-state-machine-with-a-name-as-long-as-aws-allows-it-to-be-eighty-chars");
    assertThat(focusOutline()).as("the focus can be seen").isNotEqualTo("none");
  }

  @Test
  void theNavigationWorksFromTheKeyboard() {
    open("/state-machines");

    WebElement brand = tabTo("a.brand", 3);
    assertThat(brand.getAttribute("aria-label")).isEqualTo("Stepwise home");
    WebElement nav = tabTo("nav[aria-label=Main] a[href='/state-machines']", 3);
    assertThat(focusOutline()).isNotEqualTo("none");
    nav.sendKeys(Keys.ENTER);
    waitUntil(d -> d.getCurrentUrl().endsWith("/state-machines"));
  }

  @Test
  void theStateMachineListFitsAPhone() {
    phoneWidth();
    open("/state-machines");

    assertNoHorizontalOverflow();
    assertThat(find("#state-machines").isDisplayed()).isTrue();
    assertThat(button("Create state machine").isDisplayed()).isTrue();
  }

  /** The outline style of the focused element: {@code none} means the focus cannot be seen. */
  private Object focusOutline() {
    return script("return getComputedStyle(document.activeElement).outlineStyle");
  }
}

package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What every console page stands on: the entry, the assets, the guard against other sites. */
class ConsoleShellTest extends ConsoleTestSupport {

  @Test
  void theRootLeadsToTheStateMachines() throws Exception {
    HttpResponse<String> root = get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/state-machines");
  }

  @Test
  void stateMachinesAreListedByName() throws Exception {
    assertThat(get("/state-machines").body()).contains("No state machines yet");
    createStateMachine(
        "Zebra", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    createStateMachine(
        "Aardvark", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");

    HttpResponse<String> page = get("/state-machines");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("State machines <span class=\"count\">(2)</span>");
    assertThat(page.body().indexOf("Aardvark")).isLessThan(page.body().indexOf("Zebra"));
  }

  @Test
  void everyScriptAndStyleThePagesNameIsServedHere() throws Exception {
    String page = get("/state-machines").body();
    var assets =
        java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css|svg))\"")
            .matcher(page);
    int found = 0;
    while (assets.find()) {
      found++;
      HttpResponse<String> asset = get(assets.group(1));
      assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
      assertThat(asset.body()).as(assets.group(1)).isNotBlank();
    }
    assertThat(found).as("scripts and styles on the page").isGreaterThanOrEqualTo(4);
    assertThat(page).doesNotContain("src=\"http", "href=\"http");
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefused() throws Exception {
    HttpResponse<String> crossSite =
        postForm("/state-machines", "name=x", "Sec-Fetch-Site", "cross-site");
    HttpResponse<String> otherOrigin =
        postForm("/state-machines", "name=x", "Origin", "https://evil.example");

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
  }
}

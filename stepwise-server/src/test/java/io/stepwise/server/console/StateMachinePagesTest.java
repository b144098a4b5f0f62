package io.stepwise.server.console;

import static io.stepwise.server.console.StateMachineEditorTest.PASS;
import static io.stepwise.server.console.StateMachineEditorTest.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;

/** A state machine's page, its versions and aliases, and the forms that change them. */
class StateMachinePagesTest extends ConsoleTestSupport {

  @Test
  void aStateMachinesPageShowsWhatDescribeSays() throws Exception {
    String arn = createStateMachine("Orders", PASS);

    HttpResponse<String> page = get("/state-machine?arn=" + arn);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1 id=\"machine-name\">Orders", arn, ROLE, "STANDARD", "ACTIVE")
        .contains("id=\"tab-graph\" href=\"/state-machine?arn=")
        .contains("aria-selected=\"true\" aria-controls=\"tab-panel\">Graph</a>")
        .contains("id=\"graph\"", "<svg", "data-state=\"P\"")
        .contains("href=\"/executions?stateMachineArn=")
        .contains("href=\"/executions/new?stateMachineArn=")
        .contains("href=\"/state-machine/edit?arn=");
    assertThat(get("/state-machine?arn=" + arn + "&tab=definition").body())
        .contains("\"StartAt\" : \"P\"")
        .contains("aria-selected=\"true\" aria-controls=\"tab-panel\">Definition</a>");
  }

  @Test
  void theListCanShowOneTypeOnly() throws Exception {
    createStateMachine("Slow", PASS);
    sfn.createStateMachine(b -> b.name("Fast").definition(PASS).roleArn(ROLE).type("EXPRESS"));

    String express = get("/state-machines?type=EXPRESS").body();

    assertThat(express).contains(">Fast</a>", "<option value=\"EXPRESS\" selected>");
    assertThat(express).doesNotContain(">Slow</a>");
    assertThat(get("/state-machines").body()).contains(">Fast</a>", ">Slow</a>");
  }

  @Test
  void aMissingStateMachineIsA404NamingAwsError() throws Exception {
    HttpResponse<String> page =
        get("/state-machine?arn=arn:aws:states:us-east-1:123456789012:stateMachine:Nope");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("StateMachineDoesNotExist");
  }

  @Test
  void publishingAVersionListsIt() throws Exception {
    String arn = createStateMachine("Orders", PASS);
    String revision = sfn.describeStateMachine(b -> b.stateMachineArn(arn)).revisionId();

    HttpResponse<String> published =
        postForm(
            "/state-machine/versions",
            form(
                "arn",
                arn,
                "revisionId",
                revision == null ? "" : revision,
                "description",
                "the first one"));

    assertThat(published.statusCode()).isEqualTo(303);
    assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions())
        .hasSize(1);
    String versions = get("/state-machine?arn=" + arn + "&tab=versions").body();
    assertThat(versions).contains("Versions (1)", "Version 1</a>", "the first one");
    String version = get("/state-machine?arn=" + arn + ":1").body();
    assertThat(version).contains("version 1", "the first one", "id=\"graph\"");
  }

  @Test
  void publishingARevisionThatChangedIsRefusedAtTheForm() throws Exception {
    String arn = createStateMachine("Orders", PASS);

    HttpResponse<String> refused =
        postForm(
            "/state-machine/versions",
            form("arn", arn, "revisionId", "not-the-revision"),
            "HX-Request",
            "true");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("ConflictException", "Publish a version");
  }

  @Test
  void aliasesAreCreatedChangedAndDeleted() throws Exception {
    String arn = createStateMachine("Orders", PASS);
    String one =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
    sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS.replace("\"P\"", "\"Q\"")));
    String two =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();

    HttpResponse<String> created =
        postForm(
            "/state-machine/aliases",
            form(
                "arn",
                arn,
                "name",
                "live",
                "description",
                "production",
                "firstVersion",
                one,
                "firstWeight",
                "80",
                "secondVersion",
                two,
                "secondWeight",
                "20"));

    assertThat(created.statusCode()).isEqualTo(303);
    String alias = arn + ":live";
    var described = sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias));
    assertThat(described.routingConfiguration())
        .extracting(RoutingConfigurationListItem::weight)
        .containsExactly(80, 20);
    assertThat(get("/state-machine?arn=" + arn + "&tab=aliases").body())
        .contains("Aliases (1)", ">live</a>", "production", "80%", "20%");
    assertThat(get("/state-machine?arn=" + alias).body())
        .contains("live", "alias of Orders", "Save alias", "selected");

    HttpResponse<String> updated =
        postForm(
            "/state-machine/alias/update",
            form(
                "aliasArn",
                alias,
                "description",
                "all on two",
                "firstVersion",
                two,
                "firstWeight",
                "100",
                "secondVersion",
                ""));
    assertThat(updated.statusCode()).isEqualTo(303);
    described = sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias));
    assertThat(described.description()).isEqualTo("all on two");
    assertThat(described.routingConfiguration())
        .singleElement()
        .satisfies(route -> assertThat(route.stateMachineVersionArn()).isEqualTo(two));

    HttpResponse<String> deleted = postForm("/state-machine/alias/delete", form("aliasArn", alias));
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(sfn.listStateMachineAliases(b -> b.stateMachineArn(arn)).stateMachineAliases())
        .isEmpty();
  }

  @Test
  void weightsThatDoNotAddUpAreRefusedWithTheFormKept() throws Exception {
    String arn = createStateMachine("Orders", PASS);
    String one =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();

    HttpResponse<String> refused =
        postForm(
            "/state-machine/aliases",
            form("arn", arn, "name", "live", "firstVersion", one, "firstWeight", "50"),
            "HX-Request",
            "true");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("ValidationException")
        .contains("id=\"alias-name\" name=\"name\" required maxlength=\"80\" value=\"live\"")
        .contains("value=\"50\"");
  }

  @Test
  void deletingAStateMachineTakesItAway() throws Exception {
    String arn = createStateMachine("Orders", PASS);
    assertThat(get("/state-machine?arn=" + arn).body())
        .contains("<summary class=\"button danger\">Delete</summary>", "Delete state machine");

    HttpResponse<String> deleted = postForm("/state-machine/delete", form("arn", arn));

    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).hasValue("/state-machines");
    assertThat(sfn.listStateMachines().stateMachines()).isEmpty();
  }

  @Test
  void aDeleteFromAnotherSiteIsRefused() throws Exception {
    String arn = createStateMachine("Orders", PASS);

    HttpResponse<String> refused =
        postForm("/state-machine/delete", form("arn", arn), "Origin", "https://evil.example");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(sfn.listStateMachines().stateMachines()).hasSize(1);
  }
}

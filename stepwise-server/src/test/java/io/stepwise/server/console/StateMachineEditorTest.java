package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;

/** The definition editor: validation as the user types, and saving through the API's actions. */
class StateMachineEditorTest extends ConsoleTestSupport {
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Test
  void aValidDefinitionHasNoDiagnosticsAndAGraph() throws Exception {
    HttpResponse<String> fragment =
        postForm("/state-machines/validate", form("definition", PASS), "HX-Request", "true");

    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body())
        .doesNotContain("<html", "class=\"diagnostic ")
        .contains("The definition is valid.", "id=\"graph-preview\"")
        .contains("<svg", "data-state=\"P\"");
  }

  @Test
  void aNextToNowhereIsPlacedAtItsLine() throws Exception {
    String definition =
        """
        {
          "StartAt": "A",
          "States": {
            "A": {
              "Type": "Pass",
              "Next": "Nowhere"
            },
            "Done": {"Type": "Succeed"}
          }
        }
        """;

    String fragment = postForm("/state-machines/validate", form("definition", definition)).body();

    assertThat(fragment)
        .contains("MISSING_TRANSITION_TARGET")
        .contains("Missing 'Next' target: Nowhere")
        .contains("data-line=\"6\" data-column=\"7\"", "line 6, column 7")
        .contains("/States/A/Next")
        .contains("data-line=\"8\" data-column=\"5\"", "State \"Done\" is not reachable.")
        .contains("2 errors, 0 warnings.")
        .contains("The graph appears when the definition is valid.");
  }

  @Test
  void brokenJsonIsPlacedWhereJacksonStopped() throws Exception {
    String definition = "{\n  \"StartAt\": \"A\",\n  \"States\": ]\n}";

    String fragment = postForm("/state-machines/validate", form("definition", definition)).body();

    assertThat(fragment)
        .contains("INVALID_JSON_DESCRIPTION")
        .contains("data-line=\"3\" data-column=\"13\"", "line 3, column 13")
        .doesNotContain("[Source:");
  }

  @Test
  void theEditorOpensWithAStarterDefinitionAlreadyValidated() throws Exception {
    String page = get("/state-machines/new").body();

    assertThat(page)
        .contains("<label for=\"definition\">Definition</label>")
        .contains("id=\"definition\" name=\"definition\"")
        .contains("\"StartAt\"", "The definition is valid.")
        .contains("hx-post=\"/state-machines/validate\"")
        .contains("/console-assets/console-state-machines.js");
    assertThat(get("/console-assets/console-state-machines.js").statusCode()).isEqualTo(200);
  }

  @Test
  void creatingThroughTheFormMakesAStateMachineTheSdkSees() throws Exception {
    HttpResponse<String> created =
        postForm(
            "/state-machines",
            form(
                "name",
                "Orders",
                "type",
                "EXPRESS",
                "roleArn",
                "",
                "definition",
                PASS,
                "publish",
                "true",
                "versionDescription",
                "first"));

    assertThat(created.statusCode()).isEqualTo(303);
    String arn = sfn.listStateMachines().stateMachines().get(0).stateMachineArn();
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/state-machine?arn=" + URLEncoder.encode(arn, StandardCharsets.UTF_8));
    DescribeStateMachineResponse machine = sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    assertThat(machine.name()).isEqualTo("Orders");
    assertThat(machine.typeAsString()).isEqualTo("EXPRESS");
    assertThat(machine.roleArn()).isEqualTo(EditorView.DEFAULT_ROLE);
    assertThat(machine.definition()).isEqualTo(PASS);
    assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions())
        .hasSize(1);
  }

  @Test
  void htmxIsToldWhereToGoAfterSaving() throws Exception {
    HttpResponse<String> created =
        postForm(
            "/state-machines",
            form("name", "Orders", "definition", PASS),
            "HX-Request",
            "true",
            "Sec-Fetch-Site",
            "same-origin");

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.headers().firstValue("HX-Redirect"))
        .hasValueSatisfying(location -> assertThat(location).startsWith("/state-machine?arn="));
  }

  @Test
  void aRefusedCreateShowsAwsErrorAndKeepsTheText() throws Exception {
    createStateMachine("Orders", PASS);
    String mine = PASS.replace("\"P\"", "\"Mine\"");

    HttpResponse<String> taken =
        postForm("/state-machines", form("name", "Orders", "definition", mine));
    HttpResponse<String> invalid =
        postForm(
            "/state-machines",
            form("name", "Other", "definition", "{\"StartAt\":\"X\",\"States\":{}}"),
            "HX-Request",
            "true");

    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body())
        .contains("StateMachineAlreadyExists")
        .contains("\"Mine\"")
        .contains("value=\"Orders\"");
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("InvalidDefinition", "id=\"save-error\"");
    assertThat(sfn.listStateMachines().stateMachines()).hasSize(1);
  }

  @Test
  void updatingThroughTheFormChangesTheDefinitionAndTheRevision() throws Exception {
    String arn = createStateMachine("Orders", PASS);
    String before = sfn.describeStateMachine(b -> b.stateMachineArn(arn)).revisionId();
    String edited = PASS.replace("\"P\"", "\"Renamed\"");
    assertThat(get("/state-machine/edit?arn=" + arn).body())
        .contains("Edit Orders", "name=\"arn\" value=\"" + arn + "\"", "\"P\"");

    HttpResponse<String> saved =
        postForm(
            "/state-machine/update",
            form("arn", arn, "type", "STANDARD", "roleArn", "", "definition", edited));

    assertThat(saved.statusCode()).isEqualTo(303);
    DescribeStateMachineResponse machine = sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    assertThat(machine.definition()).isEqualTo(edited);
    assertThat(machine.roleArn()).isEqualTo(ROLE);
    assertThat(machine.revisionId()).isNotEqualTo(before);
  }

  @Test
  void aFormFromAnotherSiteSavesNothing() throws Exception {
    HttpResponse<String> crossSite =
        postForm(
            "/state-machines",
            form("name", "Evil", "definition", PASS),
            "Sec-Fetch-Site",
            "cross-site");

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(sfn.listStateMachines().stateMachines()).isEmpty();
  }

  /** A form body from names and values. */
  static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!body.isEmpty()) {
        body.append('&');
      }
      body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}

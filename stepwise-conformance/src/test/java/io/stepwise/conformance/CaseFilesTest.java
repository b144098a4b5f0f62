package io.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.engine.run.StateMachineType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading case files, from small hand-made ones in the corpus' format. */
class CaseFilesTest {

  @TempDir Path directory;

  @Test
  void readsAnExecutionCaseWithTheNamesAwsUsed() throws Exception {
    Path file = directory.resolve("test_base__test_pass__exec.json");
    Files.writeString(
        file,
        """
        {"id": "test_base__test_pass__exec", "category": "pure", "needs": [],
         "features": ["state:Pass"], "state_machine_type": "EXPRESS",
         "definition": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
         "input": null,
         "expected": {"status": "SUCCEEDED", "output": [1], "output_form": "json_text",
                      "output_text": "[1]"},
         "event_types": ["ExecutionStarted"],
         "history": [{"id": 1, "previousEventId": 0, "type": "ExecutionStarted"}],
         "placeholders": [{"path": "$.output.Name", "value": "<ArnPart_0idx>"}],
         "external_actions_in_test": ["stop_execution"],
         "transformer_hints": [
           {"value_in_this_run": "arn:aws:iam::1:role/r", "replacement": "snf_role_arn"},
           {"value_in_this_run": "sm_1a2b", "replacement": "<ArnPart_0idx>"},
           {"value_in_this_run": "00000000-0001", "replacement": "<ExpressExecArn_Part1_0idx>"},
           {"jsonpath": "$..output", "replacement": "Hidden"}]}
        """);

    ExecutionCase testCase = ExecutionCase.read(file);

    assertThat(testCase.name()).isEqualTo("test_base__test_pass__exec");
    assertThat(testCase.family()).isEqualTo("test_base");
    assertThat(testCase.definitionText())
        .isEqualTo("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    assertThat(testCase.input().isObject()).isTrue();
    assertThat(testCase.input().size()).isZero();
    assertThat(testCase.type()).isEqualTo(StateMachineType.EXPRESS);
    assertThat(testCase.expected().outputText()).isEqualTo("[1]");
    assertThat(testCase.expected().error()).isNull();
    assertThat(testCase.eventTypes()).containsExactly("ExecutionStarted");
    assertThat(testCase.history()).hasSize(1);
    assertThat(testCase.placeholders()).containsEntry("$.output.Name", "<ArnPart_0idx>");
    assertThat(testCase.externalActionsInTest()).containsExactly("stop_execution");
    assertThat(testCase.stateMachineName()).isEqualTo("sm_1a2b");
    assertThat(testCase.executionName()).isEqualTo("00000000-0001");
    assertThat(testCase.replacementWords())
        .containsExactlyInAnyOrder("snf_role_arn", "Hidden", "date", "timestamp");
    assertThat(testCase.historyNormalizedParallel()).isFalse();
  }

  @Test
  void anExplicitExecutionNameWinsAndDefaultsFillTheRest() throws Exception {
    Path file = directory.resolve("test_x__y.json");
    Files.writeString(
        file,
        """
        {"category": "pure", "definition": {}, "expected": {"status": "FAILED"},
         "execution_name": "state.machine.execution"}
        """);

    ExecutionCase testCase = ExecutionCase.read(file);

    assertThat(testCase.name()).isEqualTo("test_x__y");
    assertThat(testCase.executionName()).isEqualTo("state.machine.execution");
    assertThat(testCase.stateMachineName()).isEqualTo(ExecutionCase.DEFAULT_STATE_MACHINE_NAME);
    assertThat(testCase.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(testCase.eventTypes()).isNull();
    assertThat(testCase.expected().cause()).isNull();
  }

  @Test
  void readsValidationCasesOfBothShapes() throws Exception {
    Path clientShape = directory.resolve("a.json");
    Files.writeString(
        clientShape,
        """
        {"id": "test_v__a", "api": "CreateStateMachine", "definition": {"StartAt": "A"},
         "definition_is_json": true, "request": {"type": "EXPRESS"},
         "expected_response": {"exception_typename": "InvalidDefinition",
           "exception_value": "An error occurred (InvalidDefinition) when calling the CreateStateMachine operation: Invalid State Machine Definition: 'X: y at /'"}}
        """);
    Path rawText = directory.resolve("b.json");
    Files.writeString(
        rawText,
        """
        {"id": "test_v__b", "api": "ValidateStateMachineDefinition", "definition": "not json",
         "definition_is_json": false, "request": {"type": "STANDARD"},
         "expected_response": {"diagnostics": [], "result": "OK"}}
        """);

    ValidationCase create = ValidationCase.read(clientShape);
    ValidationCase validate = ValidationCase.read(rawText);

    assertThat(create.express()).isTrue();
    assertThat(create.errorCode()).isEqualTo("InvalidDefinition");
    assertThat(create.errorMessage()).isEqualTo("Invalid State Machine Definition: 'X: y at /'");
    assertThat(create.definitionText()).isEqualTo("{\"StartAt\":\"A\"}");
    assertThat(validate.definitionText()).isEqualTo("not json");
    assertThat(validate.express()).isFalse();
    assertThat(validate.errorMessage()).isNull();
  }

  @Test
  void anAbsentDirectoryHasNoCaseFiles() throws Exception {
    assertThat(CorpusFiles.caseFiles(directory.resolve("absent"))).isEmpty();
  }
}

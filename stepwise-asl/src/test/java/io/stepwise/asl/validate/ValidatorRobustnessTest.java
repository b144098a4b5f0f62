package io.stepwise.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile definitions: whatever a client sends, the validator answers with diagnostics and never
 * throws.
 */
class ValidatorRobustnessTest {

  private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";

  /** Values of every JSON type, some deeply odd, to put in every field. */
  private static final List<String> ODD_VALUES =
      List.of(
          "null",
          "true",
          "-1",
          "1.5",
          "99999999999999999999",
          "\"\"",
          "\"$\"",
          "\"$.a[\"",
          "\"{% %}\"",
          "\"{%%}\"",
          "\"{% ( %}\"",
          "\"States.Format(\"",
          "\"arn:\"",
          "\"arn:aws:states:::\"",
          "\"arn:aws:states:::a:b:c:d.sync:2\"",
          "[]",
          "[null]",
          "[{}]",
          "[[1]]",
          "{}",
          "{\"a.$\":1}",
          "{\"StartAt\":1,\"States\":[]}",
          "{\"StartAt\":\"X\",\"States\":{\"X\":7}}");

  private static final List<String> TYPES =
      List.of("Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map");

  private static final List<String> FIELDS =
      List.of(
          "Type",
          "Comment",
          "QueryLanguage",
          "Next",
          "End",
          "InputPath",
          "OutputPath",
          "ResultPath",
          "Parameters",
          "ResultSelector",
          "Arguments",
          "Output",
          "Assign",
          "Result",
          "Resource",
          "Credentials",
          "Retry",
          "Catch",
          "TimeoutSeconds",
          "TimeoutSecondsPath",
          "HeartbeatSeconds",
          "HeartbeatSecondsPath",
          "Seconds",
          "SecondsPath",
          "Timestamp",
          "TimestampPath",
          "Error",
          "Cause",
          "ErrorPath",
          "CausePath",
          "Choices",
          "Default",
          "Branches",
          "ItemProcessor",
          "Iterator",
          "ItemsPath",
          "Items",
          "ItemSelector",
          "ItemReader",
          "ItemBatcher",
          "ResultWriter",
          "MaxConcurrency",
          "MaxConcurrencyPath",
          "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath",
          "ToleratedFailureCount",
          "ToleratedFailureCountPath",
          "Label",
          "Bogus");

  private static List<Diagnostic> validate(String json) {
    return DefinitionValidator.validate(json, ValidationOptions.STANDARD);
  }

  @Test
  void everyFieldOfEveryStateTypeWithEveryOddValue() {
    List<String> definitions = new ArrayList<>();
    for (String language : List.of("JSONPath", "JSONata")) {
      for (String type : TYPES) {
        for (String field : FIELDS) {
          for (String value : ODD_VALUES) {
            definitions.add(
                "{\"QueryLanguage\":\""
                    + language
                    + "\",\"StartAt\":\"S\","
                    + "\"States\":{\"S\":{\"Type\":\""
                    + type
                    + "\",\"End\":true,\""
                    + field
                    + "\":"
                    + value
                    + "}}}");
          }
        }
      }
    }
    for (String definition : definitions) {
      assertThatCode(() -> validate(definition)).as(definition).doesNotThrowAnyException();
    }
  }

  @Test
  void oddValuesInsideRulesRetriersAndCatchers() {
    for (String value : ODD_VALUES) {
      for (String inner :
          List.of(
              "'Choices':[{'Variable':" + value + ",'StringEquals':'a','Next':'S'}],'Default':'S'",
              "'Choices':[{'Not':" + value + ",'Next':'S'}]",
              "'Choices':[{'And':[" + value + "],'Next':'S'}]",
              "'Choices':[{'Variable':'$.a','NumericEquals':" + value + ",'Next':'S'}]",
              "'Choices':[{'Condition':" + value + ",'Next':'S'}]",
              "'Choices':[" + value + "]")) {
        String choice = "{'StartAt':'S','States':{'S':{'Type':'Choice'," + inner + "}}}";
        assertThatCode(() -> ValidatorAssertions.validate(choice))
            .as(choice)
            .doesNotThrowAnyException();
      }
      for (String inner :
          List.of(
              "'Retry':[{'ErrorEquals':" + value + "}]",
              "'Retry':[{'ErrorEquals':[" + value + "]}]",
              "'Retry':[{'ErrorEquals':['States.ALL'],'BackoffRate':" + value + "}]",
              "'Retry':[{'ErrorEquals':['States.ALL'],'JitterStrategy':" + value + "}]",
              "'Catch':[{'ErrorEquals':['States.ALL'],'Next':" + value + "}]",
              "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S','ResultPath':" + value + "}]",
              "'Credentials':{'RoleArn':" + value + "}")) {
        String task =
            "{'StartAt':'S','States':{'S':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','End':true,"
                + inner
                + "}}}";
        assertThatCode(() -> ValidatorAssertions.validate(task))
            .as(task)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void topLevelOfEveryShape() {
    for (String value : ODD_VALUES) {
      for (String definition :
          List.of(
              "{\"StartAt\":" + value + ",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}",
              "{\"StartAt\":\"A\",\"States\":" + value + "}",
              "{\"StartAt\":\"A\",\"States\":{\"A\":" + value + "}}",
              "{\"StartAt\":\"A\",\"TimeoutSeconds\":" + value + ",\"States\":{}}",
              value)) {
        assertThatCode(() -> validate(definition)).as(definition).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void statesThatAreNotObjects() {
    assertThat(ValidatorAssertions.validate("{'StartAt':'A','States':{'A':[1]}}"))
        .containsExactly("ERROR " + SCHEMA + ": Expected value of type Object @ /States/A");
    assertThat(ValidatorAssertions.validate("{'StartAt':'A','States':['A']}"))
        .containsExactly("ERROR " + SCHEMA + ": Expected value of type Object @ /States");
    assertThat(ValidatorAssertions.validate("{'StartAt':'A','States':'A'}"))
        .containsExactly("ERROR " + SCHEMA + ": Expected value of type Object @ /States");
  }

  @Test
  void choicesThatAreNotAnArray() {
    assertThat(
            ValidatorAssertions.validate(
                "{'StartAt':'A','States':{'A':{'Type':'Choice','Choices':{'Next':'A'}}}}"))
        .containsExactly("ERROR " + SCHEMA + ": Expected value of type Array @ /States/A/Choices");
  }

  @Test
  void definitionOverOneMebibyteIsRejectedBeforeParsing() {
    String padding = "x".repeat(DefinitionValidator.MAX_DEFINITION_BYTES);
    String definition =
        "{\"Comment\":\""
            + padding
            + "\",\"StartAt\":\"A\","
            + "\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";
    assertThat(validate(definition))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(SCHEMA);
          assertThat(d.message()).contains("1048576");
        });
    // Multi-byte characters count as their UTF-8 bytes, as AWS measures.
    String wide = "\u00e9".repeat(DefinitionValidator.MAX_DEFINITION_BYTES / 2 + 1);
    assertThat(validate("{\"Comment\":\"" + wide + "\"}"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1048576"));
  }

  @Test
  void tenMegabyteStringIsRejectedAsTooLarge() {
    String huge =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":\""
            + "y".repeat(10 * 1024 * 1024)
            + "\",\"End\":true}}}";
    assertThat(validate(huge))
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(SCHEMA));
  }

  @Test
  void tenThousandLevelsOfNestingAreASyntaxDiagnostic() {
    String deep =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":"
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + ",\"End\":true}}}";
    assertThat(validate(deep))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo("INVALID_JSON_DESCRIPTION");
          assertThat(d.message()).contains("nesting depth");
        });
    String deepObjects =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Parameters\":"
            + "{\"a\":".repeat(10_000)
            + "1"
            + "}".repeat(10_000)
            + ",\"End\":true}}}";
    assertThat(validate(deepObjects))
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("INVALID_JSON_DESCRIPTION"));
  }

  @Test
  void deepButAllowedNestingOfBranchesAndTemplates() {
    // Nested Parallel states as deep as the parser allows: checked without overflowing the stack.
    StringBuilder machine = new StringBuilder();
    int levels = 200;
    for (int i = 0; i < levels; i++) {
      machine
          .append("{\"StartAt\":\"P")
          .append(i)
          .append("\",\"States\":{\"P")
          .append(i)
          .append("\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[");
    }
    machine.append("{\"StartAt\":\"L\",\"States\":{\"L\":{\"Type\":\"Succeed\"}}}");
    machine.append("]}}}".repeat(levels));
    assertThat(validate(machine.toString())).isEmpty();
    String template =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Parameters\":"
            + "{\"a\":".repeat(900)
            + "{\"b.$\":\"$.\"}"
            + "}".repeat(900)
            + ",\"End\":true}}}";
    assertThat(validate(template))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'b.$'"));
  }

  @Test
  void manyStatesAndManyProblemsAreAllReported() {
    StringBuilder states = new StringBuilder();
    int count = 5_000;
    for (int i = 0; i < count; i++) {
      states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Nope\"}");
    }
    String definition = "{\"StartAt\":\"S0\",\"States\":{" + states + "}}";
    assertThat(validate(definition)).hasSize(count);
  }
}

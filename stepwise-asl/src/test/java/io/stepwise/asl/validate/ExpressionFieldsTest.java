package io.stepwise.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwise.asl.intrinsic.IntrinsicExpression;
import io.stepwise.asl.intrinsic.InvalidIntrinsicException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fields that hold expressions: intrinsic calls and paths in JSONPath states, {@code {% %}} JSONata
 * in JSONata states. Valid ones pass; invalid ones are reported where they are written.
 */
class ExpressionFieldsTest {

  private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";
  private static final String JSONATA = "INVALID_JSONATA_EXPRESSION";
  private static final String PATH_OR_INTRINSIC =
      "must be a valid JSONPath or a valid intrinsic function call";

  /** A JSONata machine with one state, written with double quotes (JSONata uses single ones). */
  private static List<String> jsonataMachine(String stateFields) {
    return DefinitionValidator.validate(
            "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S\","
                + "\"States\":{\"S\":{"
                + stateFields
                + "},\"T\":{\"Type\":\"Succeed\"}}}",
            ValidationOptions.STANDARD)
        .stream()
        .map(d -> d.code() + ": " + d.message() + " @ " + d.location())
        .toList();
  }

  /** A Pass state with the given fields, each value a Java string to write as JSON text. */
  private static List<String> pass(String... namesAndValues) {
    return state("Pass", namesAndValues);
  }

  private static List<String> state(String type, String... namesAndValues) {
    StringBuilder fields = new StringBuilder("\"Type\":\"" + type + "\"");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.append(",\"").append(namesAndValues[i]).append("\":").append(namesAndValues[i + 1]);
    }
    if (!type.equals("Fail")) {
      fields.append(",\"End\":true");
    }
    return DefinitionValidator.validate(
            "{\"StartAt\":\"S\",\"States\":{\"S\":{" + fields + "}}}", ValidationOptions.STANDARD)
        .stream()
        .map(d -> d.code() + ": " + d.message() + " @ " + d.location())
        .toList();
  }

  /** {@code {"key": "text"}} with the text escaped as JSON. */
  private static String object(String key, String text) {
    return "{\"" + key + "\":" + quoted(text) + "}";
  }

  // Intrinsic functions in JSONPath states.

  /** The two recorded cases: AWS rejects a {@code \"} escape inside an intrinsic's string. */
  @Test
  void escapedDoubleQuotesInIntrinsicStringsAreRejectedAsIllegalEscapes() {
    String format = "States.Format('He said, \\\"Hello, {}!\\\"', 'Test \\\"Name\\\" Here')";
    String toJson = "States.StringToJson('{\"text\":\"An \\\"escaped double quote\\\" here\"}')";
    for (String call : List.of(format, toJson)) {
      // The reason is the escape itself, not the function or its arguments.
      assertThatThrownBy(() -> IntrinsicExpression.compile(call))
          .isInstanceOf(InvalidIntrinsicException.class)
          .hasMessageContaining("illegal escape sequence '\\\"'");
      String definition =
          "{\"StartAt\":\"IntrinsicEscape\",\"States\":{\"IntrinsicEscape\":{"
              + "\"Type\":\"Pass\",\"Parameters\":{\"parsed.$\":"
              + quoted(call)
              + "},\"End\":true}}}";
      assertThat(DefinitionValidator.validate(definition, ValidationOptions.STANDARD))
          .containsExactly(
              Diagnostic.error(
                  SCHEMA,
                  "The value for the field 'parsed.$' " + PATH_OR_INTRINSIC,
                  "/States/IntrinsicEscape/Parameters"));
    }
    // The same call with legal escapes is accepted.
    assertThat(
            pass(
                "Parameters",
                object(
                    "parsed.$",
                    "States.Format('He said, \\'Hello, {}!\\'', 'Test \\{Name\\} Here')")))
        .isEmpty();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void validIntrinsicsInTemplatesAreAccepted() {
    assertThat(pass("Parameters", object("msg.$", "States.Format('{}', $.a)"))).isEmpty();
    assertThat(pass("Parameters", "{\"n\":" + object("deep.$", "States.ArrayLength($.list)") + "}"))
        .isEmpty();
    assertThat(
            state(
                "Task",
                "Resource",
                quoted("arn:aws:states:::lambda:invoke"),
                "ResultSelector",
                object("r.$", "States.UUID()")))
        .isEmpty();
    assertThat(pass("Assign", object("x.$", "States.MathAdd($.a, 1)"))).isEmpty();
  }

  @Test
  void intrinsicsInErrorPathAndCausePathAreAccepted() {
    assertThat(
            state(
                "Fail",
                "ErrorPath",
                quoted("States.Format('E{}', $.code)"),
                "CausePath",
                quoted("States.JsonToString($.detail)")))
        .isEmpty();
    assertThat(
            state("Fail", "ErrorPath", quoted("$.error"), "CausePath", quoted("$$.Execution.Id")))
        .isEmpty();
  }

  @Test
  void invalidIntrinsicsAreRejectedAtTheObjectHoldingThem() {
    assertThat(pass("Parameters", "{\"a\":" + object("b.$", "States.Nope($.x)") + "}"))
        .containsExactly(
            SCHEMA
                + ": The value for the field 'b.$' "
                + PATH_OR_INTRINSIC
                + " @ /States/S/Parameters/a");
    assertThat(pass("Parameters", object("b.$", "States.ArrayLength($.a, 2)")))
        .containsExactly(
            SCHEMA
                + ": The value for the field 'b.$' "
                + PATH_OR_INTRINSIC
                + " @ /States/S/Parameters");
    assertThat(pass("Parameters", "{\"list\":[" + object("b.$", "States.Format(") + "]}"))
        .containsExactly(
            SCHEMA
                + ": The value for the field 'b.$' "
                + PATH_OR_INTRINSIC
                + " @ /States/S/Parameters/list[0]");
    assertThat(state("Fail", "CausePath", quoted("States.Format(1")))
        .containsExactly(
            SCHEMA + ": The value for the field 'CausePath' " + PATH_OR_INTRINSIC + " @ /States/S");
  }

  // JSONata in JSONata states.

  @Test
  void validJsonataIsAcceptedInEveryExpressionField() {
    assertThat(
            jsonataMachine(
                "\"Type\":\"Pass\",\"Output\":{\"sum\":\"{% $states.input.a + 1 %}\","
                    + "\"list\":[\"{% $x %}\"]},\"Assign\":{\"x\":\"{% $states.input.x %}\"},\"Next\":\"T\""))
        .isEmpty();
    assertThat(
            jsonataMachine(
                "\"Type\":\"Task\",\"Next\":\"T\","
                    + "\"Resource\":\"{% 'arn:aws:lambda:us-east-1:111111111111:function:' & $name %}\","
                    + "\"Arguments\":{\"Payload\":\"{% $states.input %}\"},"
                    + "\"TimeoutSeconds\":\"{% $timeout %}\",\"HeartbeatSeconds\":\"{% 10 %}\","
                    + "\"Credentials\":{\"RoleArn\":\"{% $role %}\"}"))
        .isEmpty();
    assertThat(
            jsonataMachine(
                "\"Type\":\"Task\",\"Next\":\"T\","
                    + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Arguments\":\"{% $states.input %}\""))
        .isEmpty();
    assertThat(
            jsonataMachine(
                "\"Type\":\"Choice\",\"Default\":\"T\",\"Choices\":[{"
                    + "\"Condition\":\"{% $states.input.a > 1 %}\",\"Next\":\"T\","
                    + "\"Output\":\"{% $states.input %}\",\"Assign\":{\"y\":\"{% 2 %}\"}}]"))
        .isEmpty();
    assertThat(
            jsonataMachine(
                "\"Type\":\"Map\",\"Next\":\"T\","
                    + "\"Items\":\"{% $states.input.list %}\",\"MaxConcurrency\":\"{% 2 %}\","
                    + "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Succeed\"}}}"))
        .isEmpty();
    assertThat(
            jsonataMachine(
                "\"Type\":\"Wait\",\"Next\":\"T\"," + "\"Timestamp\":\"{% $states.input.when %}\""))
        .isEmpty();
    assertThat(jsonataMachine("\"Type\":\"Wait\",\"Next\":\"T\",\"Seconds\":\"{% 1 + 1 %}\""))
        .isEmpty();
  }

  @Test
  void invalidJsonataIsReportedAtTheFieldThatHoldsIt() {
    assertThat(jsonataMachine("\"Type\":\"Pass\",\"Next\":\"T\",\"Output\":{\"v\":\"{% 1 + %}\"}"))
        .containsExactly(
            JSONATA
                + ": The JSONata expression '1 +' is not valid:"
                + " S0207: Unexpected end of expression @ /States/S/Output/v");
    assertThat(
            jsonataMachine(
                "\"Type\":\"Pass\",\"Next\":\"T\"," + "\"Assign\":{\"a\":[1,\"{% ( %}\"]}"))
        .singleElement()
        .asString()
        .startsWith(JSONATA + ": The JSONata expression '(' is not valid")
        .endsWith("@ /States/S/Assign/a[1]");
    assertThat(jsonataMachine("\"Type\":\"Wait\",\"Next\":\"T\",\"Timestamp\":\"{% $x := %}\""))
        .singleElement()
        .asString()
        .endsWith("@ /States/S/Timestamp");
    assertThat(
            jsonataMachine(
                "\"Type\":\"Task\",\"Next\":\"T\",\"Resource\":\"{% 'a' & %}\","
                    + "\"TimeoutSeconds\":\"{% ) %}\",\"Credentials\":{\"RoleArn\":\"{% [ %}\"}"))
        .extracting(line -> line.substring(line.indexOf(" @ ") + 3))
        .containsExactlyInAnyOrder(
            "/States/S/Resource", "/States/S/TimeoutSeconds", "/States/S/Credentials/RoleArn");
    assertThat(
            jsonataMachine(
                "\"Type\":\"Choice\",\"Default\":\"T\",\"Choices\":[{"
                    + "\"Condition\":\"{% $states.input.a > %}\",\"Next\":\"T\"}]"))
        .singleElement()
        .asString()
        .endsWith("@ /States/S/Choices[0]/Condition");
    assertThat(
            jsonataMachine(
                "\"Type\":\"Map\",\"Next\":\"T\",\"Items\":\"{% [1, %}\","
                    + "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Succeed\"}}}"))
        .singleElement()
        .asString()
        .endsWith("@ /States/S/Items");
  }

  @Test
  void everyBadExpressionIsReportedNotJustTheFirst() {
    assertThat(
            jsonataMachine(
                "\"Type\":\"Pass\",\"Next\":\"T\","
                    + "\"Output\":{\"a\":\"{% 1 + %}\",\"b\":\"{% 2 * %}\",\"ok\":\"{% 3 %}\"}"))
        .hasSize(2);
  }
}

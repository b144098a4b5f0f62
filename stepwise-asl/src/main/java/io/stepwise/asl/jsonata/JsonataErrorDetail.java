package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.JException;
import io.stepwise.asl.json.Json;
import java.util.regex.Pattern;

/**
 * Renders a library error as JSONata 2.0.6 words it: {@code CODE: message}.
 *
 * <p>Workaround: dashjoin's message catalog replaced the word "function" by "Object" in about
 * twenty templates ("Argument 1 of Object "abs" does not match Object signature"). We render the
 * template with markers in place of the two values, restore the word in the template text only,
 * then put the values back, so user data that happens to contain "Object" is left alone.
 */
final class JsonataErrorDetail {

  private static final String CURRENT = "\u0000current\u0000";
  private static final String EXPECTED = "\u0000expected\u0000";
  private static final Pattern OBJECT_WORD = Pattern.compile("\\bObject\\b");

  private JsonataErrorDetail() {}

  /** The detail of a library exception: its code and message. */
  static String of(JException error) {
    String code = error.getError();
    if (code == null || !code.matches("[A-Z]\\d{4}")) {
      // The library raises some errors with the message itself in place of a code.
      return code != null ? code : String.valueOf(error.getMessage());
    }
    String template = JException.msg(code, -1, CURRENT, EXPECTED);
    if (template.startsWith("JSonataException ")) {
      return code + ": " + error.getMessage();
    }
    // The library quotes both values ("%1$s"); JSONata writes them as JSON, numbers unquoted.
    String message =
        OBJECT_WORD
            .matcher(template)
            .replaceAll("function")
            .replace("\"" + CURRENT + "\"", asJson(error.getCurrent()))
            .replace("\"" + EXPECTED + "\"", asJson(error.getExpected()))
            .replace(CURRENT, String.valueOf(error.getCurrent()))
            .replace(EXPECTED, String.valueOf(error.getExpected()));
    return code + ": " + message;
  }

  private static String asJson(Object value) {
    if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
      return JsonataValues.numberNode(number).toString();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return Json.write(Json.NODES.textNode(String.valueOf(value)));
  }
}

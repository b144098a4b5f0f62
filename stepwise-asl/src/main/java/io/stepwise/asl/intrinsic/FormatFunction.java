package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code States.Format}: the template with each {@code {}} replaced by the next argument.
 *
 * <p>Values are written the way AWS writes them, which is not JSON: strings without quotes, objects
 * as {@code {a=1, b=[]}} and arrays as {@code [1, 2]}, decimals in Java's notation ({@code 1.0},
 * {@code 1.0E21}).
 */
final class FormatFunction {

  private FormatFunction() {}

  static FunctionSpec spec() {
    return new FunctionSpec("States.Format", 1, FunctionSpec.UNBOUNDED, FormatFunction::format);
  }

  private static JsonNode format(CallArguments args, EvaluationContext context) {
    String templateText = args.string(0);
    FormatTemplate template =
        args.nodes().get(0) instanceof LiteralArgument literal && literal.source() != null
            ? FormatTemplate.parse(literal.source(), true)
            : FormatTemplate.parse(templateText, false);
    if (template.placeholders() != args.size() - 1) {
      throw args.invalid();
    }
    StringBuilder out = new StringBuilder(template.texts().get(0));
    for (int i = 1; i < args.size(); i++) {
      render(args.value(i), out);
      out.append(template.texts().get(i));
    }
    return Json.NODES.textNode(out.toString());
  }

  /** Appends one value as AWS renders it inside a formatted string. */
  static void render(JsonNode value, StringBuilder out) {
    if (value.isTextual()) {
      out.append(value.textValue());
    } else if (value.isFloatingPointNumber()) {
      out.append(Double.toString(value.doubleValue()));
    } else if (value.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> members = value.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        out.append(member.getKey()).append('=');
        render(member.getValue(), out);
        if (members.hasNext()) {
          out.append(", ");
        }
      }
      out.append('}');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        render(value.get(i), out);
      }
      out.append(']');
    } else {
      // null, booleans and integers read the same as in JSON.
      out.append(value.asText());
    }
  }
}

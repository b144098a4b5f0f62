package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.error.FailureException;
import io.stepwise.asl.error.StatesError;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSONata expression parsed once by dashjoin jsonata-java and evaluated with Step Functions'
 * bindings under a {@link JsonataBudget}.
 *
 * <p>Thread-safe: the parsed tree is shared and never changed; each evaluation gets its own frame.
 */
final class CompiledJsonata implements JsonataExpression {

  /**
   * A {@code $name} token. Scanning the text over-approximates the variables an expression reads
   * (it also finds function names and names inside string literals), which is harmless: a name with
   * no variable behind it is simply not bound. The library offers no lazy lookup, and binding every
   * variable in scope would convert values the expression never reads.
   */
  private static final Pattern VARIABLE = Pattern.compile("\\$([\\p{L}\\p{N}_]+)");

  private final String text;
  private final Jsonata parsed;
  private final Set<String> referencedNames;
  private final JsonataBudget budget;

  private CompiledJsonata(String text, Jsonata parsed, Set<String> names, JsonataBudget budget) {
    this.text = text;
    this.parsed = parsed;
    this.referencedNames = names;
    this.budget = budget;
  }

  /**
   * Parses an expression, with or without its {@code {% %}} delimiters.
   *
   * @throws InvalidJsonataException if the text is not valid JSONata
   */
  static CompiledJsonata compile(String expression, JsonataBudget budget) {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(budget, "budget");
    String text =
        JsonataExpression.isExpression(expression)
            ? expression.substring(2, expression.length() - 2).trim()
            : expression.trim();
    if (text.isEmpty()) {
      throw new InvalidJsonataException("The JSONata expression is empty");
    }
    Jsonata parsed;
    try {
      parsed = Jsonata.jsonata(text);
    } catch (JException e) {
      throw new InvalidJsonataException(
          "The JSONata expression '" + text + "' is not valid: " + JsonataErrorDetail.of(e));
    } catch (RuntimeException | StackOverflowError e) {
      // The parser is recursive descent: absurd nesting overflows it, and some malformed input
      // trips its internals rather than raising a JSONata error.
      throw new InvalidJsonataException("The JSONata expression '" + text + "' is not valid: " + e);
    }
    if (parsed.getErrors() != null && !parsed.getErrors().isEmpty()) {
      throw new InvalidJsonataException(
          "The JSONata expression '" + text + "' is not valid: " + parsed.getErrors().get(0));
    }
    releaseThreadInstance();
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    names.remove("states");
    return new CompiledJsonata(text, parsed, Set.copyOf(names), budget);
  }

  /**
   * The library keeps, per thread, the last expression it compiled as the instance that evaluates,
   * and writes each evaluation's environment into it: evaluating that very expression again then
   * starts from the previous evaluation's bindings (values leak between executions, and the chain
   * of environments grows until the stack overflows). Compiling a throwaway expression makes sure
   * that no expression of ours is that instance.
   */
  private static void releaseThreadInstance() {
    Jsonata.jsonata("0");
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    return evaluate(context, null);
  }

  /**
   * Evaluates the expression, wording failures for the named field.
   *
   * @param field the field the expression was written in, for error causes; may be {@code null}
   * @return the value; {@code null} for JSONata's undefined
   * @throws FailureException {@code States.QueryEvaluationError} when evaluation fails, exceeds its
   *     budget, or yields a function
   */
  JsonNode evaluate(EvaluationContext context, String field) {
    EvaluationGuard guard = new EvaluationGuard(budget);
    Jsonata.Frame frame = parsed.createFrame();
    guard.install(frame);
    new StepFunctionsFunctions(context.random(), guard, context.now()).bindInto(frame);
    for (String name : referencedNames) {
      JsonNode value = context.variable(name);
      if (value != null) {
        frame.bind(name, JsonataValues.toJsonata(value));
      }
    }
    // Bound last: $states is reserved, no variable may shadow it.
    frame.bind("states", states(context));
    Object result;
    try {
      result = parsed.evaluate(null, frame);
    } catch (JException e) {
      throw failure(field, guard.failure() != null ? guard.failure().detail() : detail(e));
    } catch (JsonataRuntimeError e) {
      throw failure(field, (guard.failure() != null ? guard.failure() : e).detail());
    } catch (StackOverflowError e) {
      // A deep non-tail recursion within the depth budget can still exhaust a small thread stack.
      throw failure(
          field,
          "U1001: Stack overflow error: Check for non-terminating recursive function.  "
              + "Consider rewriting as tail-recursive.");
    } catch (RuntimeException e) {
      // The library signals some errors with plain runtime exceptions (and has bugs that surface
      // as ClassCastException or NullPointerException); either way it is this expression failing.
      throw failure(field, guard.failure() != null ? guard.failure().detail() : describe(e));
    }
    if (guard.failure() != null) {
      // The library swallowed our error somewhere (a catch-all in its code): still a failure.
      throw failure(field, guard.failure().detail());
    }
    if (result == null) {
      return guard.resultWasNull() ? Json.NODES.nullNode() : null;
    }
    try {
      return JsonataValues.toJson(result);
    } catch (JsonataValues.UnsupportedResultException e) {
      throw new FailureException(
          StatesError.QUERY_EVALUATION_ERROR, JsonataCauses.unsupportedType(text, field), field);
    } catch (JsonataRuntimeError e) {
      throw failure(field, e.detail());
    }
  }

  private static Map<String, Object> states(EvaluationContext context) {
    return new StatesBinding(context);
  }

  private static String detail(JException e) {
    return JsonataErrorDetail.of(e);
  }

  private static String describe(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof JException jsonata) {
      return JsonataErrorDetail.of(jsonata);
    }
    if (cause instanceof JsonataRuntimeError ours) {
      return ours.detail();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  private FailureException failure(String field, String detail) {
    return new FailureException(
        StatesError.QUERY_EVALUATION_ERROR,
        JsonataCauses.evaluationError(text, field, detail),
        field);
  }

  @Override
  public String toString() {
    return "{% " + text + " %}";
  }
}

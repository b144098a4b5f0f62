package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Watches one evaluation through the library's entry and exit callbacks: enforces the {@link
 * JsonataBudget} and keeps the raw result of the whole expression.
 *
 * <p>Why keep the raw result: dashjoin 0.9.8's {@code evaluate} turns both JSONata null and
 * undefined into a Java null on the way out (0.9.10 adds {@code setOutputConvertNulls(false)}). The
 * outermost exit callback still sees the value before that conversion, so we can tell {@code {%
 * null %}} (a JSON null) from an expression that returned nothing.
 *
 * <p>The clock is read only here, to bound the evaluation; it never influences a result.
 */
final class EvaluationGuard {

  private final long deadlineNanos;
  private final int maxDepth;
  private int depth;
  private boolean finished;
  private Object rawResult;
  private JsonataRuntimeError failure;

  EvaluationGuard(JsonataBudget budget) {
    this.deadlineNanos = System.nanoTime() + budget.timeout().toNanos();
    this.maxDepth = budget.maxDepth();
  }

  /** Installs the callbacks on the frame the evaluation will run in. */
  void install(Jsonata.Frame frame) {
    // The callback interfaces take the library's package-private Symbol type, which rules out
    // lambdas here; a proxy implements them without naming it. The frame looks the callbacks up by
    // these names (what its setEvaluate*Callback methods bind).
    frame.bind("__evaluate_entry", callback(Jsonata.EntryCallback.class, args -> enter()));
    frame.bind("__evaluate_exit", callback(Jsonata.ExitCallback.class, args -> exit(args[3])));
  }

  private interface Handler {
    void handle(Object[] args);
  }

  private static Object callback(Class<?> type, Handler handler) {
    InvocationHandler invocation =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> "EvaluationGuard callback";
            };
          }
          handler.handle(args);
          return null;
        };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  private void enter() {
    depth++;
    if (depth > maxDepth) {
      throw fail(
          "U1001: Stack overflow error: Check for non-terminating recursive function.  "
              + "Consider rewriting as tail-recursive.");
    }
    checkDeadline();
  }

  private void exit(Object result) {
    depth--;
    if (depth == 0) {
      finished = true;
      rawResult = result;
    }
    checkDeadline();
  }

  /** Also called from long-running Step Functions functions between elements. */
  void checkDeadline() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw fail("U1001: Expression evaluation timeout: Check for infinite loop");
    }
  }

  /**
   * Records a failure of our own and returns it to be thrown. The library rewraps some exceptions
   * (an error inside the right side of {@code and} becomes its own "Unexpected"), so the first
   * failure we raised is kept here and wins over whatever reaches the caller.
   */
  JsonataRuntimeError fail(String detail) {
    JsonataRuntimeError error = new JsonataRuntimeError(detail);
    if (failure == null) {
      failure = error;
    }
    return error;
  }

  /** The first failure raised by our own code during this evaluation, or {@code null}. */
  JsonataRuntimeError failure() {
    return failure;
  }

  /** Whether the whole expression yielded JSON null, as opposed to nothing. */
  boolean resultWasNull() {
    if (!finished) {
      return false;
    }
    // The library collapses a singleton sequence after the exit callback has run, so a path that
    // ends on a null member arrives here as a one-element sequence.
    Object value = rawResult;
    if (Utils.isSequence(value) && value instanceof List<?> sequence && sequence.size() == 1) {
      value = sequence.get(0);
    }
    return value == Jsonata.NULL_VALUE;
  }
}

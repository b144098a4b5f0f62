package io.stepwise.server.console;

import io.stepwise.server.actions.Action;
import io.stepwise.server.actions.ActionRegistry;
import io.stepwise.server.protocol.ApiError;
import io.stepwise.server.protocol.ErrorMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The console's way into Step Functions: the same actions the awsJson1_0 endpoint serves, called
 * in-process, so the console can do nothing an SDK could not and sees exactly what an SDK sees.
 */
public final class ConsoleApi {
  private static final String INPUT_SUFFIX = "Input";

  private final ActionRegistry actions;

  public ConsoleApi(ActionRegistry actions) {
    this.actions = actions;
  }

  /**
   * Calls the action whose input shape {@code input} is ({@code ListStateMachinesInput} calls
   * {@code ListStateMachines}).
   *
   * @throws ApiCallFailed with AWS's error code and message when the action refuses
   */
  public <O extends Record> O call(Record input, Class<O> outputType) {
    Action<?, ?> action = action(input);
    try {
      return outputType.cast(invoke(action, input));
    } catch (Exception e) {
      ApiError error = ErrorMapper.map(e);
      throw new ApiCallFailed(action.name(), error.type(), error.message());
    }
  }

  /**
   * Every item of a listing, page after page: {@code pageAfter} makes the request for the page
   * after a token ({@code null} for the first).
   */
  public <P extends Record, T> List<T> all(
      Function<String, Record> pageAfter,
      Class<P> pageType,
      Function<P, List<T>> items,
      Function<P, String> nextToken) {
    List<T> all = new ArrayList<>();
    String next = null;
    do {
      P page = call(pageAfter.apply(next), pageType);
      all.addAll(items.apply(page));
      next = nextToken.apply(page);
    } while (next != null);
    return all;
  }

  /** Calls an action whose output holds nothing to show (Stop, Delete, ...). */
  public void run(Record input) {
    call(input, Record.class);
  }

  private Action<?, ?> action(Record input) {
    String shape = input.getClass().getSimpleName();
    if (!shape.endsWith(INPUT_SUFFIX)) {
      throw new IllegalArgumentException("Not an input shape: " + shape);
    }
    String name = shape.substring(0, shape.length() - INPUT_SUFFIX.length());
    return actions
        .find(name)
        .orElseThrow(() -> new IllegalArgumentException("No action is named " + name));
  }

  private static <I extends Record> Object invoke(Action<I, ?> action, Record input)
      throws Exception {
    return action.handle(action.inputType().cast(input));
  }
}

package io.stepwise.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.stepwise.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), and the one it takes away ({@code $eval}).
 *
 * <p>Bound per evaluation because {@code $random()} and {@code $uuid()} draw from the execution's
 * seeded generator, which makes replays repeat the same values.
 */
final class StepFunctionsFunctions {

  private static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /**
   * The most elements {@code $range} builds. Not an AWS number: a guard so that one expression
   * cannot exhaust memory, far above anything a payload (256 KiB) can carry.
   */
  static final int MAX_RANGE_SIZE = 1_000_000;

  private final RandomGenerator random;
  private final EvaluationGuard guard;
  private final java.time.Instant now;

  StepFunctionsFunctions(RandomGenerator random, EvaluationGuard guard, java.time.Instant now) {
    this.random = random;
    this.guard = guard;
    this.now = now;
  }

  /** Binds the functions into an evaluation frame. */
  void bindInto(Jsonata.Frame frame) {
    frame.bind("partition", function(args -> partition(arg(args, 0), arg(args, 1))));
    frame.bind("range", function(args -> range(arg(args, 0), arg(args, 1), arg(args, 2))));
    frame.bind("hash", function(args -> hash(arg(args, 0), arg(args, 1))));
    frame.bind("random", function(args -> random(arg(args, 0))));
    frame.bind("uuid", function(args -> uuid()));
    frame.bind("parse", function(args -> parse(arg(args, 0))));
    if (now != null) {
      // The engine's time, not the wall clock: replays must see the same values.
      frame.bind("now", function(args -> io.stepwise.asl.time.Timestamps.format(now)));
      frame.bind("millis", function(args -> now.toEpochMilli()));
    }
    // AWS does not offer $eval (use $parse). Unbound, a call fails as JSONata fails any call of
    // something that is not a function: T1006.
    frame.bind("eval", (Object) null);
  }

  private interface Body {
    Object apply(List<?> args);
  }

  private static Jsonata.JFunction function(Body body) {
    // No signature string: each function checks its own arguments, with its own words.
    return new Jsonata.JFunction((input, args) -> body.apply(args), null);
  }

  private static Object arg(List<?> args, int index) {
    Object value = index < args.size() ? args.get(index) : null;
    return value == Jsonata.NULL_VALUE ? null : value;
  }

  Object partition(Object array, Object size) {
    List<?> items = array instanceof List<?> list ? list : null;
    if (items == null) {
      throw mismatch(1, "partition");
    }
    long chunk = positiveInteger(size, 2, "partition");
    List<Object> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += (int) Math.min(chunk, Integer.MAX_VALUE)) {
      int to = (int) Math.min(items.size(), from + chunk);
      chunks.add(new ArrayList<>(items.subList(from, to)));
    }
    return chunks;
  }

  /**
   * From {@code start} to {@code end} inclusive. AWS returns a JSONata sequence, so a range of one
   * element is that element ({@code $range(1, 9, 9)} is {@code 1}) and an empty one is undefined.
   */
  Object range(Object start, Object end, Object step) {
    double from = number(start, 1, "range");
    double to = number(end, 2, "range");
    double by = number(step, 3, "range");
    if (by == 0) {
      throw mismatch(3, "range");
    }
    Utils.JList<Object> sequence = new Utils.JList<>();
    sequence.sequence = true;
    for (double value = from; by > 0 ? value <= to : value >= to; value += by) {
      if (sequence.size() >= MAX_RANGE_SIZE) {
        throw guard.fail(
            "The function \"range\" would produce more than " + MAX_RANGE_SIZE + " elements");
      }
      sequence.add(Utils.convertNumber(value));
    }
    return sequence;
  }

  Object hash(Object value, Object algorithm) {
    if (!(value instanceof String text)) {
      throw mismatch(1, "hash");
    }
    if (!(algorithm instanceof String name) || !HASH_ALGORITHMS.contains(name)) {
      throw guard.fail(
          "The hashing algorithm "
              + (algorithm instanceof String ? "'" + algorithm + "' " : "")
              + "is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
    try {
      byte[] digest = MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      // Every JVM must provide all five algorithms.
      throw new IllegalStateException(e);
    }
  }

  /** A number in [0, 1): from the seed when one is given, else from the execution's generator. */
  Object random(Object seed) {
    if (seed == null) {
      return random.nextDouble();
    }
    if (!(seed instanceof Number number)) {
      throw mismatch(1, "random");
    }
    return new Random(number.longValue()).nextDouble();
  }

  /** A version 4 UUID drawn from the execution's generator. */
  Object uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62);
    return new UUID(most, least).toString();
  }

  Object parse(Object json) {
    if (!(json instanceof String text)) {
      throw mismatch(1, "parse");
    }
    try {
      return JsonataValues.toJsonata(Json.parse(text));
    } catch (JsonProcessingException e) {
      throw guard.fail(
          "The argument of function \"parse\" is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private double number(Object value, int index, String function) {
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      throw mismatch(index, function);
    }
    return number.doubleValue();
  }

  private long positiveInteger(Object value, int index, String function) {
    double number = number(value, index, function);
    if (number < 1 || number != Math.rint(number)) {
      throw guard.fail(
          "Argument " + index + " of function \"" + function + "\" must be a positive integer");
    }
    return (long) number;
  }

  private JsonataRuntimeError mismatch(int index, String function) {
    return guard.fail(
        "T0410: Argument "
            + index
            + " of function \""
            + function
            + "\" does not match function signature");
  }
}

package io.stepwise.asl.intrinsic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every intrinsic function AWS offers in JSONPath states, by name. */
final class FunctionRegistry {

  private static final Map<String, FunctionSpec> FUNCTIONS = build();

  private FunctionRegistry() {}

  /** The function of this exact name (names are case-sensitive), or {@code null}. */
  static FunctionSpec find(String name) {
    return FUNCTIONS.get(name);
  }

  static Set<String> names() {
    return FUNCTIONS.keySet();
  }

  private static Map<String, FunctionSpec> build() {
    Map<String, FunctionSpec> functions = new LinkedHashMap<>();
    Stream.of(
            List.of(FormatFunction.spec()),
            JsonFunctions.specs(),
            ArrayFunctions.specs(),
            EncodingFunctions.specs(),
            MathFunctions.specs(),
            StringFunctions.specs())
        .flatMap(List::stream)
        .forEach(spec -> {
          if (functions.put(spec.name(), spec) != null) {
            throw new IllegalStateException("duplicate intrinsic function " + spec.name());
          }
        });
    return Map.copyOf(functions);
  }
}

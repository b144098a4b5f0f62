package io.stepwise.asl.validate;

/**
 * A Map state's Label: at most 40 characters, none of them whitespace, brackets, wildcards, special
 * or control characters. The texts are those recorded from AWS, which quotes the bad character as
 * Python's {@code repr} does.
 */
final class MapLabelChecks {

  static final int MAX_LENGTH = 40;
  private static final String SPECIAL = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private MapLabelChecks() {}

  static void check(String label, Location at, ValidationContext ctx) {
    if (label.isEmpty()) {
      ctx.error(DiagnosticCodes.INVALID_LABEL_NAME, "Label cannot be empty", at);
      return;
    }
    if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
      ctx.error(DiagnosticCodes.INVALID_LABEL_NAME, "Label cannot exceed 40 characters", at);
      return;
    }
    label
        .codePoints()
        .filter(MapLabelChecks::invalid)
        .findFirst()
        .ifPresent(c ->
            ctx.error(
                DiagnosticCodes.INVALID_LABEL_NAME,
                "Label contains invalid character: "
                    + PythonRepr.of(new String(Character.toChars(c))),
                at));
  }

  private static boolean invalid(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c <= 0x1f
        || (c >= 0x7f && c <= 0x9f)
        || SPECIAL.indexOf(c) >= 0;
  }
}

package io.stepwise.engine.machines;

import java.util.regex.Pattern;

/** AWS's rules for state machine names and alias names. */
final class NameRules {
  /** The longest name, in characters. */
  static final int MAX_NAME_LENGTH = 80;

  /** The {@code CharacterRestrictedName} pattern of alias names, as AWS prints it. */
  static final String ALIAS_PATTERN = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

  private static final Pattern ALIAS = Pattern.compile(ALIAS_PATTERN);
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private NameRules() {}

  /**
   * Checks a state machine name: 1 to 80 characters, and none of white space, brackets {@code <> {}
   * []}, wildcards {@code ? *}, special characters {@code " # % \ ^ | ~ ` $ & , ; : /}, control
   * characters (U+0000-001F, U+007F-009F), U+FFFE-FFFF, surrogates (U+D800-DFFF) or U+10FFFF.
   *
   * @throws ValidationException if its length is out of range
   * @throws InvalidName if it holds a forbidden character
   */
  static void checkStateMachineName(String name) {
    checkLength("name", name);
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (forbidden(c)) {
        throw new InvalidName(name);
      }
      i += Character.charCount(c);
    }
  }

  /**
   * Checks an alias name: 1 to 80 characters of letters, digits, {@code _ - .}, not digits alone.
   *
   * @throws ValidationException if it breaks the rule, worded as AWS's request validation words it
   */
  static void checkAliasName(String name) {
    checkLength("name", name);
    if (!ALIAS.matcher(name).matches()) {
      throw ValidationException.constraint(
          "name", name, "Member must satisfy regular expression pattern: " + ALIAS_PATTERN);
    }
  }

  /** Checks an optional description: at most 256 characters. */
  static void checkDescription(String member, String description) {
    if (description != null && description.length() > 256) {
      throw ValidationException.tooLong(member, description, 256);
    }
  }

  private static void checkLength(String member, String name) {
    int length = name == null ? 0 : name.codePointCount(0, name.length());
    if (length < 1) {
      throw ValidationException.constraint(
          member, name == null ? "" : name, "Member must have length greater than or equal to 1");
    }
    if (length > MAX_NAME_LENGTH) {
      throw ValidationException.tooLong(member, name, MAX_NAME_LENGTH);
    }
  }

  private static boolean forbidden(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || FORBIDDEN.indexOf(c) >= 0
        || c <= 0x1F
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xD800 && c <= 0xDFFF)
        || c == 0xFFFE
        || c == 0xFFFF
        || c == 0x10FFFF;
  }
}

package io.stepwise.asl.choice;

/**
 * The five ordering operators shared by the string, numeric and timestamp families, with the suffix
 * each has in an operator name ({@code StringLessThan}, {@code NumericGreaterThanEquals}, ...).
 */
public enum Ordering {
  EQUALS("Equals"),
  LESS_THAN("LessThan"),
  GREATER_THAN("GreaterThan"),
  LESS_THAN_EQUALS("LessThanEquals"),
  GREATER_THAN_EQUALS("GreaterThanEquals");

  private final String suffix;

  Ordering(String suffix) {
    this.suffix = suffix;
  }

  /** The operator name after the family prefix, such as {@code LessThanEquals}. */
  public String suffix() {
    return suffix;
  }

  /** Whether the ordering holds, given {@code variable.compareTo(operand)}. */
  public boolean holds(int comparison) {
    return switch (this) {
      case EQUALS -> comparison == 0;
      case LESS_THAN -> comparison < 0;
      case GREATER_THAN -> comparison > 0;
      case LESS_THAN_EQUALS -> comparison <= 0;
      case GREATER_THAN_EQUALS -> comparison >= 0;
    };
  }
}

package io.stepwise.graph;

import io.stepwise.asl.choice.And;
import io.stepwise.asl.choice.BooleanComparison;
import io.stepwise.asl.choice.ChoiceRule;
import io.stepwise.asl.choice.Not;
import io.stepwise.asl.choice.NumericComparison;
import io.stepwise.asl.choice.Operand;
import io.stepwise.asl.choice.Or;
import io.stepwise.asl.choice.Ordering;
import io.stepwise.asl.choice.StringComparison;
import io.stepwise.asl.choice.StringMatch;
import io.stepwise.asl.choice.TimestampComparison;
import io.stepwise.asl.choice.TypeTest;
import io.stepwise.asl.model.ChoiceState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Short readable forms of Choice rules for edge labels: {@code $.x == 3}, {@code $.a > 10 and $.b
 * is present}. JSONata conditions keep their text. Long forms are cut with an ellipsis.
 */
final class ChoiceLabels {
  /** Longest label drawn, in characters; the rest is cut and ends with an ellipsis. */
  static final int MAX_LENGTH = 40;

  private ChoiceLabels() {}

  static String of(ChoiceState.Branch branch) {
    String text =
        branch.condition() != null ? branch.condition().text().strip() : rule(branch.rule());
    return Text.shorten(text.replaceAll("\\s+", " "), MAX_LENGTH);
  }

  static String rule(ChoiceRule rule) {
    return switch (rule) {
      case And and -> joined(and.rules(), " and ");
      case Or or -> joined(or.rules(), " or ");
      case Not not -> "not " + nested(not.rule());
      case NumericComparison c -> compare(c.variable().text(), c.ordering(), c.operand());
      case StringComparison c -> compare(c.variable().text(), c.ordering(), c.operand());
      case TimestampComparison c -> compare(c.variable().text(), c.ordering(), c.operand());
      case BooleanComparison c -> compare(c.variable().text(), Ordering.EQUALS, c.operand());
      case StringMatch m -> m.variable().text() + " matches \"" + m.pattern().source() + "\"";
      case TypeTest t -> t.variable().text() + (t.expected() ? " is " : " is not ") + kind(t);
    };
  }

  private static String joined(List<ChoiceRule> rules, String separator) {
    return rules.stream().map(ChoiceLabels::nested).collect(Collectors.joining(separator));
  }

  /** A nested rule, in parentheses when it is itself a combination. */
  private static String nested(ChoiceRule rule) {
    String text = rule(rule);
    return rule instanceof And || rule instanceof Or ? "(" + text + ")" : text;
  }

  private static String compare(String variable, Ordering ordering, Operand operand) {
    String value =
        switch (operand) {
          case Operand.Literal literal -> literal.value().toString();
          case Operand.Path path -> path.path().text();
        };
    return variable + " " + operator(ordering) + " " + value;
  }

  private static String operator(Ordering ordering) {
    return switch (ordering) {
      case EQUALS -> "==";
      case LESS_THAN -> "<";
      case GREATER_THAN -> ">";
      case LESS_THAN_EQUALS -> "<=";
      case GREATER_THAN_EQUALS -> ">=";
    };
  }

  private static String kind(TypeTest test) {
    return switch (test.kind()) {
      case NULL -> "null";
      case PRESENT -> "present";
      case NUMERIC -> "numeric";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case TIMESTAMP -> "a timestamp";
    };
  }
}

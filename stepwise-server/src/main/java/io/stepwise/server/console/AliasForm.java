package io.stepwise.server.console;

import io.javalin.http.Context;
import io.stepwise.server.model.DescribeStateMachineAliasOutput;
import io.stepwise.server.model.RoutingConfigurationListItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the form of an alias holds: its name and description, and the one or two versions it routes
 * to with their weights (AWS takes at most two, whose weights add up to 100).
 *
 * @param first the ARN of the first version, or {@code null}
 * @param second the ARN of the second version, or {@code null} for none
 */
public record AliasForm(
    String name,
    String description,
    String first,
    int firstWeight,
    String second,
    int secondWeight) {

  /** A new alias: everything to the newest version. */
  static AliasForm create(List<PublishedVersion> versions) {
    return new AliasForm("", "", versions.isEmpty() ? null : versions.get(0).arn(), 100, null, 0);
  }

  /** An alias as it is. */
  static AliasForm of(DescribeStateMachineAliasOutput alias) {
    List<RoutingConfigurationListItem> routes = alias.routingConfiguration();
    RoutingConfigurationListItem one = routes.get(0);
    RoutingConfigurationListItem two = routes.size() > 1 ? routes.get(1) : null;
    return new AliasForm(
        alias.name(),
        alias.description() == null ? "" : alias.description(),
        one.stateMachineVersionArn(),
        one.weight(),
        two == null ? null : two.stateMachineVersionArn(),
        two == null ? 0 : two.weight());
  }

  /** What the user posted, kept to show again when the action refuses it. */
  static AliasForm posted(Context ctx) {
    return new AliasForm(
        orEmpty(FormAnswers.field(ctx, "name")),
        orEmpty(FormAnswers.field(ctx, "description")),
        FormAnswers.field(ctx, "firstVersion"),
        weight(ctx, "firstWeight"),
        FormAnswers.field(ctx, "secondVersion"),
        weight(ctx, "secondWeight"));
  }

  /**
   * The routing configuration AWS takes. A single version gets the first weight as typed, so that
   * AWS, not the console, says what is wrong with a weight that is not 100.
   */
  List<RoutingConfigurationListItem> routing() {
    List<RoutingConfigurationListItem> routes = new ArrayList<>();
    if (first != null) {
      routes.add(new RoutingConfigurationListItem(first, firstWeight));
    }
    if (second != null) {
      routes.add(new RoutingConfigurationListItem(second, secondWeight));
    }
    return routes;
  }

  /** A weight as typed; what is not a number is left for AWS to refuse as out of range. */
  private static int weight(Context ctx, String field) {
    String value = FormAnswers.field(ctx, field);
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

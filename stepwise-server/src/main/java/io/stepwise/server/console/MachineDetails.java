package io.stepwise.server.console;

import io.stepwise.server.model.DescribeStateMachineAliasInput;
import io.stepwise.server.model.DescribeStateMachineAliasOutput;
import io.stepwise.server.model.DescribeStateMachineInput;
import io.stepwise.server.model.DescribeStateMachineOutput;
import io.stepwise.server.model.ListStateMachineAliasesInput;
import io.stepwise.server.model.ListStateMachineAliasesOutput;
import io.stepwise.server.model.ListStateMachineVersionsInput;
import io.stepwise.server.model.ListStateMachineVersionsOutput;
import java.util.List;

/**
 * What the pages of one state machine show, read through the API: the machine (or one version), its
 * versions with their descriptions, and its aliases with their routing.
 */
final class MachineDetails {
  private static final int PAGE = 1000;

  private final ConsoleApi api;

  MachineDetails(ConsoleApi api) {
    this.api = api;
  }

  DescribeStateMachineOutput describe(String arn) {
    return api.call(new DescribeStateMachineInput(arn, null), DescribeStateMachineOutput.class);
  }

  DescribeStateMachineAliasOutput alias(String aliasArn) {
    return api.call(
        new DescribeStateMachineAliasInput(aliasArn), DescribeStateMachineAliasOutput.class);
  }

  /**
   * Every version, newest first. ListStateMachineVersions gives only ARNs and dates; the
   * descriptions users wrote when publishing come from describing each one.
   */
  List<PublishedVersion> versions(String machineArn) {
    return api
        .all(
            next -> new ListStateMachineVersionsInput(machineArn, next, PAGE),
            ListStateMachineVersionsOutput.class,
            ListStateMachineVersionsOutput::stateMachineVersions,
            ListStateMachineVersionsOutput::nextToken)
        .stream()
        .map(item -> {
          String arn = item.stateMachineVersionArn();
          return new PublishedVersion(
              arn, qualifier(arn), describe(arn).description(), item.creationDate());
        })
        .toList();
  }

  /** Every alias, with its routing configuration. */
  List<DescribeStateMachineAliasOutput> aliases(String machineArn) {
    return api
        .all(
            next -> new ListStateMachineAliasesInput(machineArn, next, PAGE),
            ListStateMachineAliasesOutput.class,
            ListStateMachineAliasesOutput::stateMachineAliases,
            ListStateMachineAliasesOutput::nextToken)
        .stream()
        .map(item -> alias(item.stateMachineAliasArn()))
        .toList();
  }

  /**
   * The version number or alias name at the end of a qualified ARN, or empty when there is none.
   */
  static String qualifier(String arn) {
    String[] parts = arn.split(":", -1);
    return parts.length == 8 ? parts[7] : "";
  }

  /** The ARN of the state machine itself, without a version or alias. */
  static String machineArn(String arn) {
    String[] parts = arn.split(":", -1);
    return parts.length == 8 ? arn.substring(0, arn.lastIndexOf(':')) : arn;
  }
}

package io.stepwise.server.console;

import io.stepwise.server.model.DescribeStateMachineAliasOutput;
import java.util.List;

/**
 * The page of an alias, as the template shows it.
 *
 * @param alias DescribeStateMachineAlias's answer
 * @param machineName the name of the state machine it belongs to
 * @param machineArn that state machine's ARN
 * @param versions the machine's versions, which the alias can route to
 * @param form what the form that changes the alias holds
 * @param failure what an action on this page refused, or {@code null}
 * @param failedForm the form whose action refused ({@code update} or {@code delete})
 */
public record AliasView(
    DescribeStateMachineAliasOutput alias,
    String machineName,
    String machineArn,
    List<PublishedVersion> versions,
    AliasForm form,
    ApiCallFailed failure,
    String failedForm) {

  public boolean failedAt(String which) {
    return failure != null && which.equals(failedForm);
  }
}

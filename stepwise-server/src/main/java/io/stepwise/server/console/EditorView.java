package io.stepwise.server.console;

/**
 * The definition editor, as the template shows it: for a new state machine ({@code arn} is {@code
 * null}) or for one that exists.
 *
 * @param arn the state machine's ARN, or {@code null} when creating one
 * @param name its name (typed by the user when creating)
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param roleArn the role as typed; empty when creating means the default role
 * @param definition the definition's text, exactly as the user typed it
 * @param publish whether saving publishes a version
 * @param versionDescription the description of the version published
 * @param validation what validating the text found
 * @param failure what saving was refused with, or {@code null}
 */
public record EditorView(
    String arn,
    String name,
    String type,
    String roleArn,
    String definition,
    boolean publish,
    String versionDescription,
    ValidationView validation,
    ApiCallFailed failure) {

  /** The role a state machine gets when the user names none, as an AWS CLI user would pass one. */
  public static final String DEFAULT_ROLE = "arn:aws:iam::123456789012:role/stepwise";

  public boolean creating() {
    return arn == null;
  }

  /** The numbers of the gutter beside the text, one a line, so it is right before any script. */
  public String lineNumbers() {
    int lines = (int) definition.chars().filter(c -> c == '\n').count() + 1;
    StringBuilder numbers = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      numbers.append(i).append('\n');
    }
    return numbers.toString();
  }
}

package io.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

class StateMachineActionsTest extends ServerTestSupport {

  @Test
  void createsDescribesUpdatesListsAndDeletes() {
    String arn = createStateMachine("Hello", PASS);
    assertThat(arn).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Hello");

    DescribeStateMachineResponse described = sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    assertThat(described.name()).isEqualTo("Hello");
    assertThat(described.definition()).isEqualTo(PASS);
    assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
    assertThat(described.statusAsString()).isEqualTo("ACTIVE");
    assertThat(described.creationDate()).isNotNull();
    assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("OFF");

    String revision =
        sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(WAIT_10)).revisionId();
    assertThat(revision).isNotBlank();
    assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition())
        .isEqualTo(WAIT_10);

    createStateMachine("Another", PASS);
    ListStateMachinesResponse first = sfn.listStateMachines(b -> b.maxResults(1));
    assertThat(first.stateMachines()).hasSize(1);
    assertThat(first.stateMachines().get(0).name()).isEqualTo("Another");
    ListStateMachinesResponse second =
        sfn.listStateMachines(b -> b.maxResults(1).nextToken(first.nextToken()));
    assertThat(second.stateMachines().get(0).name()).isEqualTo("Hello");

    sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(arn)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
  }

  @Test
  void aRepeatedCreateIsIdempotentAndAnotherDefinitionIsRefused() {
    String arn = createStateMachine("Twice", PASS);
    assertThat(createStateMachine("Twice", PASS)).isEqualTo(arn);
    assertThatThrownBy(() -> createStateMachine("Twice", WAIT_10))
        .isInstanceOf(StateMachineAlreadyExistsException.class)
        .hasMessageContaining("State Machine Already Exists: '" + arn + "'");
  }

  @Test
  void anInvalidDefinitionIsAnsweredWithAwsMessage() {
    assertThatThrownBy(() ->
            createStateMachine(
                "Bad",
                "{\"StartAt\":\"Nowhere\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("Invalid State Machine Definition: '");
  }

  @Test
  void arnsThatAreNotStateMachinesAreInvalid() {
    assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn("nope")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageContaining("Invalid Arn: 'Invalid ARN prefix: nope'");
    assertThatThrownBy(() ->
            sfn.describeStateMachine(
                b -> b.stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:None")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
  }

  @Test
  void validatesDefinitionsWithoutCreatingThem() {
    ValidateStateMachineDefinitionResponse ok =
        sfn.validateStateMachineDefinition(b -> b.definition(PASS));
    assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
    assertThat(ok.diagnostics()).isEmpty();

    ValidateStateMachineDefinitionResponse failed =
        sfn.validateStateMachineDefinition(b -> b.definition("{\"States\":{}}"));
    assertThat(failed.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
    assertThat(failed.diagnostics()).isNotEmpty();
    assertThat(failed.diagnostics().get(0).code()).isNotBlank();
    assertThat(failed.truncated()).isFalse();
  }
}

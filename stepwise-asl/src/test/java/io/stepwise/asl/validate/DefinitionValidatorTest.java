package io.stepwise.asl.validate;

import static io.stepwise.asl.validate.ValidatorAssertions.assertSingle;
import static io.stepwise.asl.validate.ValidatorAssertions.machine;
import static io.stepwise.asl.validate.ValidatorAssertions.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

  private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";
  private static final String TARGET = "MISSING_TRANSITION_TARGET";

  @Test
  void validDefinitionHasNoDiagnostics() {
    assertThat(validate(machine("'Type':'Pass','End':true"))).isEmpty();
  }

  @Test
  void jsonSyntaxErrorQuotesJacksonWithSource() {
    List<Diagnostic> diagnostics =
        DefinitionValidator.validate("not a definition", ValidationOptions.STANDARD);
    String where = "[Source: (String)\"not a definition\"; line: 1, column: 4]";
    assertThat(diagnostics)
        .containsExactly(
            Diagnostic.error(
                "INVALID_JSON_DESCRIPTION",
                "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token"
                    + " 'null', 'true' or 'false')\n at "
                    + where,
                where));
  }

  @Test
  void blankOrNonObjectIsNotADefinition() {
    assertSingle(validate(" "), SCHEMA, "Definition must be a valid JSON object", null);
    assertSingle(validate("[1]"), SCHEMA, "Definition must be a valid JSON object", null);
  }

  @Test
  void requiredTopLevelFieldsInAwsOrder() {
    assertSingle(validate("{}"), SCHEMA, "These fields are required: [States, StartAt]", "/");
    assertSingle(
        validate("{'States':{'A':{'Type':'Succeed'}}}"),
        SCHEMA,
        "These fields are required: [StartAt]",
        "/");
  }

  @Test
  void unknownTopLevelFieldIsNotSupported() {
    assertSingle(
        validate("{'StartAt':'A','Bogus':1,'States':{'A':{'Type':'Succeed'}}}"),
        SCHEMA,
        "Field 'Bogus' is not supported",
        "/");
  }

  @Test
  void topLevelVersionTimeoutAndQueryLanguage() {
    assertSingle(
        validate("{'StartAt':'A','Version':'2.0','States':{'A':{'Type':'Succeed'}}}"),
        SCHEMA,
        "Value should be one of the following: [1.0]",
        "/Version");
    assertSingle(
        validate("{'StartAt':'A','TimeoutSeconds':'x','States':{'A':{'Type':'Succeed'}}}"),
        SCHEMA,
        "Expected value of type Integer",
        "/TimeoutSeconds");
    assertSingle(
        validate("{'StartAt':'A','QueryLanguage':'XPath','States':{'A':{'Type':'Succeed'}}}"),
        SCHEMA,
        "Value should be one of the following: [JSONPath, JSONata]",
        "/QueryLanguage");
  }

  @Test
  void collectsEveryProblemAtOnce() {
    assertThat(
            validate(
                "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B','End':true},'B':{'Type':'Nope'}}}"))
        .containsExactly(
            "ERROR SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [Next, End] @ /States/A",
            "ERROR SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values:"
                + " [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] @ /States/B/Type");
  }

  @Test
  void stateNamesAreEscapedAsJsonPointer() {
    assertSingle(
        validate("{'StartAt':'a/b~c','States':{'a/b~c':{'Type':'Pass'}}}"),
        SCHEMA,
        "There should be exactly one of the following fields: [Next, End]",
        "/States/a~1b~0c");
  }

  @Test
  void missingTransitionTargetAndUnreachableState() {
    assertThat(
            validate(
                "{'StartAt':'pass1','States':{'pass1':{'Type':'Pass','Next':'pass3'},"
                    + "'pass2':{'Type':'Pass','End':true}}}"))
        .containsExactly(
            "ERROR " + TARGET + ": Missing 'Next' target: pass3 @ /States/pass1/Next",
            "ERROR " + TARGET + ": State \"pass2\" is not reachable. @ /States/pass2");
  }

  @Test
  void startAtNamingNoState() {
    assertThat(validate("{'StartAt':'Nope','States':{'A':{'Type':'Succeed'}}}"))
        .containsExactly(
            "ERROR " + TARGET + ": Missing 'Next' target: Nope @ /StartAt",
            "ERROR " + TARGET + ": State \"A\" is not reachable. @ /States/A");
  }

  @Test
  void choiceDefaultAndCatchTargetsUseNextWording() {
    assertThat(
            validate(
                "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.x',"
                    + "'IsNull':true,'Next':'X'}],'Default':'Y'},'T':{'Type':'Task','Resource':'arn:aws:lambda:f',"
                    + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Z'}],'End':true}}}"))
        .containsExactly(
            "ERROR " + TARGET + ": Missing 'Next' target: X @ /States/C/Choices[0]/Next",
            "ERROR " + TARGET + ": Missing 'Next' target: Y @ /States/C/Default",
            "ERROR " + TARGET + ": Missing 'Next' target: Z @ /States/T/Catch[0]/Next",
            "ERROR " + TARGET + ": State \"T\" is not reachable. @ /States/T");
  }

  @Test
  void noTerminalStateSuppressesReachability() {
    assertThat(
            validate(
                "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},"
                    + "'B':{'Type':'Pass','Next':'A'},'C':{'Type':'Pass','Next':'A'}}}"))
        .containsExactly("ERROR MISSING_END_STATE: Workflow has no terminal state @ null");
  }

  @Test
  void nestedScopesAreCheckedWithTheirOwnTargets() {
    assertThat(
            validate(
                machine(
                    "'Type':'Parallel','End':true,'Branches':[{'StartAt':'A',"
                        + "'States':{'A':{'Type':'Pass','Next':'S'},'B':{'Type':'Succeed'}}}]")))
        .containsExactly(
            "ERROR " + TARGET + ": Missing 'Next' target: S @ /States/S/Branches[0]/States/A/Next",
            "ERROR " + TARGET + ": State \"B\" is not reachable. @ /States/S/Branches[0]/States/B");
  }

  @Test
  void stateNameLongerThan80Characters() {
    String name = "n".repeat(81);
    assertSingle(
        validate("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}"),
        "INVALID_STATE_NAME",
        "State name must be at most 80 characters long",
        "/States/" + name);
  }

  @Test
  void duplicateStateNameAcrossScopes() {
    assertSingle(
        validate(
            "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,"
                + "'Branches':[{'StartAt':'P','States':{'P':{'Type':'Succeed'}}}]}}}"),
        "DUPLICATE_STATE_NAME",
        "Duplicate State name: P",
        "/States/P/Branches[0]/States/P");
  }

  @Test
  void definitionOverOneMebibyte() {
    String big = "{'Comment':'" + "x".repeat(DefinitionValidator.MAX_DEFINITION_BYTES) + "'}";
    assertSingle(
        validate(big), SCHEMA, "Definition must have length less than or equal to 1048576", null);
  }

  @Test
  void stateMayNotDowngradeToJsonPathInJsonataMachine() {
    assertSingle(
        validate(
            "{'StartAt':'Pass','QueryLanguage':'JSONata','States':{'Pass':{"
                + "'Type':'Pass','End':true,'QueryLanguage':'JSONPath'}}}"),
        SCHEMA,
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
        "/States/Pass");
  }

  @Test
  void jsonataStateMayNestJsonPathStates() {
    assertThat(
            validate(
                "{'StartAt':'Map','QueryLanguage':'JSONPath','States':{'Map':{'Type':'Map',"
                    + "'QueryLanguage':'JSONata','ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},"
                    + "'StartAt':'Pass','States':{'Pass':{'QueryLanguage':'JSONPath','Type':'Pass',"
                    + "'End':true}}},'End':true}}}"))
        .isEmpty();
  }

  @Test
  void jsonPathFieldsAreNotSupportedInJsonataStates() {
    assertSingle(
        validate(
            machine("'Type':'Pass','QueryLanguage':'JSONata','InputPath':'$'," + "'End':true")),
        SCHEMA,
        "Field 'InputPath' is not supported",
        "/States/S");
  }

  @Test
  void jsonataFieldsAreNotSupportedInJsonPathStates() {
    assertSingle(
        validate(machine("'Type':'Pass','Output':{},'End':true")),
        SCHEMA,
        "Field 'Output' is not supported",
        "/States/S");
  }

  @Test
  void jsonataExpressionsAreCompiled() {
    assertSingle(
        validate(
            machine(
                "'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $x ++ %}'," + "'End':true")),
        "INVALID_JSONATA_EXPRESSION",
        "The JSONata expression '$x ++' is not valid: S0211: The symbol \"+\" cannot be used as a"
            + " unary operator",
        "/States/S/Output");
  }

  @Test
  void expressMachinesRejectActivitiesSyncAndCallbacks() {
    assertSingle(
        validate(
            machine(
                "'Type':'Task','End':true,"
                    + "'Resource':'arn:aws:states:us-east-1:111111111111:activity:a'"),
            ValidationOptions.EXPRESS),
        SCHEMA,
        "Express state machine does not support Activity ARN",
        "/States/S/Resource");
    assertSingle(
        validate(
            machine(
                "'Type':'Task','End':true,"
                    + "'Resource':'arn:aws:states:::states:startExecution.sync'"),
            ValidationOptions.EXPRESS),
        SCHEMA,
        "Express state machine does not support '.sync' service integration",
        "/States/S/Resource");
    assertSingle(
        validate(
            machine(
                "'Type':'Task','End':true,"
                    + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken'"),
            ValidationOptions.EXPRESS),
        SCHEMA,
        "Express state machine does not support '.waitForTaskToken' service integration ",
        "/States/S/Resource");
    assertThat(
            validate(
                machine(
                    "'Type':'Task','End':true,"
                        + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken'")))
        .isEmpty();
  }
}

package io.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --help} on every command and {@code --version}: printed on standard output, exit 0. */
class HelpAndVersionTest {

  @Test
  void helpOfTheCommandListsItsSubcommands() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: stepwise").contains("run", "validate");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpOfRunListsItsOptions() {
    for (String[] args : new String[][] {{"run", "--help"}, {"help", "run"}, {"run", "-h"}}) {
      Cli.Result result = Cli.run(args);

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .startsWith("Usage: stepwise run")
          .contains("--input", "--skip-waits", "--json", "--history", "DEFINITION");
    }
  }

  @Test
  void helpOfValidateListsItsOptions() {
    Cli.Result result = Cli.run("validate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: stepwise validate")
        .contains("--json", "DEFINITION");
  }

  @Test
  void versionNamesStepwiseAndJava() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("stepwise ").contains("Java ");
    assertThat(result.out()).doesNotContain("unknown").doesNotContain("${");
  }
}

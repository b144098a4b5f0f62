package io.stepwise.cli;

import io.stepwise.engine.interpreter.Limits;
import io.stepwise.engine.runtime.ExecutionRuntime;
import io.stepwise.integrations.config.ConfigException;
import io.stepwise.observability.traces.TracingSettingsException;
import io.stepwise.server.AtMostOnceStates;
import io.stepwise.server.Server;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.auth.Authentication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise server}: the AWS Step Functions API on a port until Ctrl-C. A shutdown hook
 * closes the server, the runtime and the store; running executions resume at the next start.
 */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the AWS Step Functions API (point the AWS CLI or an SDK's endpoint at it).",
      "Stops on Ctrl-C; running executions resume at the next start."
    })
final class ServerCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port to listen on. Default: ${DEFAULT-VALUE}.")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where executions are kept (stepwise.db). Default: ~/.stepwise.")
  Path data = Path.of(System.getProperty("user.home"), ".stepwise");

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "The region in ARNs. Default: ${DEFAULT-VALUE}.")
  String region = ServerConfig.DEFAULT_REGION;

  @Option(
      names = "--account",
      paramLabel = "ACCOUNT",
      description = "The account in ARNs. Default: ${DEFAULT-VALUE}.")
  String account = ServerConfig.DEFAULT_ACCOUNT;

  @Option(
      names = "--max-open-executions",
      paramLabel = "N",
      description =
          "Standard executions that may run at once; more get ExecutionLimitExceeded."
              + " Default: ${DEFAULT-VALUE} (AWS's quota).")
  long maxOpenExecutions = Limits.AWS.maxOpenExecutions();

  @Option(
      names = "--max-history-events",
      paramLabel = "N",
      description =
          "History events an execution may have before it fails. Default: ${DEFAULT-VALUE}.")
  int maxHistoryEvents = Limits.AWS.maxHistoryEvents();

  @Option(
      names = "--max-payload-bytes",
      paramLabel = "BYTES",
      description =
          "The largest input, output or state result, in bytes (UTF-8)."
              + " Default: ${DEFAULT-VALUE} (256 KiB).")
  int maxPayloadBytes = Limits.AWS.maxPayloadBytes();

  @Option(
      names = "--at-most-once",
      paramLabel = "MACHINE/STATE",
      description = {
        "A Task state whose interrupted task fails with States.TaskFailed after a restart instead"
            + " of running again (repeatable). Default: none; every task is at least once."
      })
  List<String> atMostOnce = new ArrayList<>();

  /** The ways of authenticating requests that {@code --auth} names. */
  enum AuthMode {
    none,
    sigv4
  }

  @Option(
      names = "--auth",
      paramLabel = "MODE",
      description = {
        "How requests are authenticated: none (any credentials, the default) or sigv4",
        "(AWS Signature Version 4 checked against --access-key-id and --secret-access-key)."
      })
  AuthMode auth = AuthMode.none;

  @Option(
      names = "--access-key-id",
      paramLabel = "ID",
      defaultValue = "${env:STEPWISE_ACCESS_KEY_ID}",
      description = "The access key id for --auth sigv4. Default: $STEPWISE_ACCESS_KEY_ID.")
  String accessKeyId;

  @Option(
      names = "--secret-access-key",
      paramLabel = "SECRET",
      defaultValue = "${env:STEPWISE_SECRET_ACCESS_KEY}",
      description = "The secret access key for --auth sigv4. Default: $STEPWISE_SECRET_ACCESS_KEY.")
  String secretAccessKey;

  @CommandLine.Mixin ConfigOption config = new ConfigOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--mock-config",
      paramLabel = "FILE",
      description =
          "A Step Functions Local mock-config file: StartExecution of <stateMachineArn>#<TestCase>"
              + " runs that test case. Default: the file named by SFN_MOCK_CONFIG, else"
              + " MockConfigFile.json in the working directory, if there is one.")
  Path mockConfig;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Expected a port from 0 to 65535, but it was " + port);
    }
    Server server =
        new Server(
            new ServerConfig(port, data, region, account)
                .withAuthentication(authentication())
                .withLimits(limits())
                .withAtMostOnce(atMostOnce())
                .withIntegrations(config.load())
                .withMockConfig(MockConfigs.load(mockConfig).orElse(null)));
    int bound;
    try {
      bound = server.start();
    } catch (ConfigException | TracingSettingsException wrong) {
      throw new UserError(wrong.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "stepwise-shutdown"));
    spec.commandLine()
        .getOut()
        .println(
            "Stepwise listens on http://127.0.0.1:"
                + bound
                + " (data in "
                + data
                + (auth == AuthMode.sigv4 ? ", SigV4 required" : "")
                + ")");
    spec.commandLine()
        .getOut()
        .println(
            "The console is at http://127.0.0.1:"
                + bound
                + "/"
                + (auth == AuthMode.sigv4 ? " (sign in with the access key id and secret)" : ""));
    server
        .context()
        .tracesDestination()
        .ifPresent(destination ->
            spec.commandLine()
                .getOut()
                .println("Traces of state machines with tracing enabled go to " + destination));
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }

  /** The authentication that the options ask for; the keys are required with sigv4 only. */
  private Authentication authentication() {
    if (auth == AuthMode.none) {
      return Authentication.acceptAny();
    }
    if (isBlank(accessKeyId) || isBlank(secretAccessKey)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Expected --access-key-id and --secret-access-key (or STEPWISE_ACCESS_KEY_ID and"
              + " STEPWISE_SECRET_ACCESS_KEY) with --auth sigv4, but "
              + (isBlank(accessKeyId) ? "the access key id" : "the secret access key")
              + " is missing");
    }
    return Authentication.sigV4(accessKeyId, secretAccessKey);
  }

  private ExecutionRuntime.AtMostOnce atMostOnce() {
    try {
      return AtMostOnceStates.of(atMostOnce);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** AWS's quotas, with the ones the options name replaced. */
  private Limits limits() {
    atLeast("--max-open-executions", maxOpenExecutions, 1);
    atLeast("--max-history-events", maxHistoryEvents, 10);
    atLeast("--max-payload-bytes", maxPayloadBytes, 1024);
    return new Limits(
        maxHistoryEvents,
        maxPayloadBytes,
        Limits.AWS.standardMaxSeconds(),
        Limits.AWS.expressMaxSeconds(),
        maxOpenExecutions);
  }

  /** The engine's own minima, checked here to name the option rather than the field. */
  private void atLeast(String option, long value, long minimum) {
    if (value < minimum) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Expected " + option + " of " + minimum + " or more, but it was " + value);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

package io.stepwise.integrations.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a configuration must satisfy beyond its shape, and its paths made absolute. */
final class ConfigChecks {

  private ConfigChecks() {}

  static StepwiseConfig checkedAndResolved(StepwiseConfig config, Path base, String source) {
    LambdaSettings lambda = config.lambda();
    checkEndpoint(lambda.endpoint(), "/lambda/endpoint", source);
    Map<String, FunctionSettings> functions = new LinkedHashMap<>();
    lambda
        .functions()
        .forEach((name, function) ->
            functions.put(name, function(function, base, "/lambda/functions/" + name, source)));
    HttpSettings http = config.http();
    if (http.timeout() != null && http.timeout() < 1) {
      throw new ConfigException(
          source + ": /http/timeout: expected 1 second or more, but it was " + http.timeout());
    }
    AwsSettings aws = config.aws();
    checkEndpoint(aws.endpoint(), "/aws/endpoint", source);
    aws.endpoints()
        .forEach((service, url) -> checkEndpoint(url, "/aws/endpoints/" + service, source));
    if ((aws.accessKeyId() == null) != (aws.secretAccessKey() == null)) {
      throw new ConfigException(
          source + ": /aws: expected both accessKeyId and secretAccessKey, or neither");
    }
    if (aws.pollInterval() != null && aws.pollInterval() < 1) {
      throw new ConfigException(
          source
              + ": /aws/pollInterval: expected 1 second or more, but it was "
              + aws.pollInterval());
    }
    LogsSettings logs = config.logs();
    if (logs.directory() != null) {
      logs = new LogsSettings(base.resolve(logs.directory()), logs.stdout());
    }
    return new StepwiseConfig(
        new LambdaSettings(lambda.endpoint(), lambda.region(), functions),
        http,
        aws,
        logs,
        checked(config.events(), source));
  }

  private static EventsSettings checked(EventsSettings events, String source) {
    for (int i = 0; i < events.webhooks().size(); i++) {
      WebhookSettings webhook = events.webhooks().get(i);
      String at = "/events/webhooks/" + i;
      if (webhook == null || webhook.url() == null) {
        throw new ConfigException(source + ": " + at + ": expected a url");
      }
      checkEndpoint(webhook.url(), at + "/url", source);
    }
    if (events.attempts() != null && events.attempts() < 1) {
      throw new ConfigException(
          source + ": /events/attempts: expected 1 or more, but it was " + events.attempts());
    }
    if (events.backoff() != null && !(events.backoff() >= 0)) {
      throw new ConfigException(
          source + ": /events/backoff: expected 0 seconds or more, but it was " + events.backoff());
    }
    if (events.maxBackoff() != null && !(events.maxBackoff() >= events.backoffOrDefault())) {
      throw new ConfigException(
          source
              + ": /events/maxBackoff: expected at least the backoff ("
              + events.backoffOrDefault()
              + " seconds), but it was "
              + events.maxBackoff());
    }
    return events;
  }

  private static FunctionSettings function(
      FunctionSettings function, Path base, String at, String source) {
    if (function == null) {
      throw new ConfigException(
          source + ": " + at + ": expected one of handler, endpoint or command");
    }
    int kinds =
        (function.handler() != null ? 1 : 0)
            + (function.endpoint() != null ? 1 : 0)
            + (function.command().isEmpty() ? 0 : 1);
    if (kinds != 1) {
      throw new ConfigException(
          source
              + ": "
              + at
              + ": expected exactly one of handler, endpoint or command, but found "
              + kinds);
    }
    checkEndpoint(function.endpoint(), at + "/endpoint", source);
    if (function.timeout() != null && (function.timeout() < 1 || function.timeout() > 900)) {
      throw new ConfigException(
          source
              + ": "
              + at
              + "/timeout: expected 1 to 900 seconds, but it was "
              + function.timeout());
    }
    if (function.memory() != null && (function.memory() < 128 || function.memory() > 10_240)) {
      throw new ConfigException(
          source
              + ": "
              + at
              + "/memory: expected 128 to 10240 MB, but it was "
              + function.memory());
    }
    List<Path> classpath = function.classpath().stream().map(base::resolve).toList();
    Path directory = function.directory() == null ? null : base.resolve(function.directory());
    return new FunctionSettings(
        function.handler(),
        classpath,
        function.endpoint(),
        function.name(),
        function.command(),
        directory,
        function.environment(),
        function.timeout(),
        function.memory());
  }

  private static void checkEndpoint(URI endpoint, String at, String source) {
    if (endpoint != null
        && (endpoint.getScheme() == null
            || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))
            || endpoint.getHost() == null)) {
      throw new ConfigException(
          source + ": " + at + ": expected an http or https URL, but it was '" + endpoint + "'");
    }
  }
}

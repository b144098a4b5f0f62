package io.stepwise.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwise.server.Server;
import io.stepwise.server.ServerConfig;
import io.stepwise.server.auth.Authentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the API wants SigV4, the console wants the same key. */
class ConsoleSignInTest {
  @TempDir Path dataDir;
  Server server;
  String base;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server =
        new Server(
            ServerConfig.of(0, dataDir)
                .withAuthentication(Authentication.sigV4("AKIDCONSOLE", "s3cret")));
    base = "http://127.0.0.1:" + server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withoutTheKeyThePagesAskForIt() throws Exception {
    HttpResponse<String> page = get("/state-machines", null);

    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            challenge -> assertThat(challenge).startsWith("Basic realm=\"Stepwise\""));
    assertThat(page.body()).doesNotContain("State machines (");
  }

  @Test
  void aWrongSecretOrIdIsRefused() throws Exception {
    assertThat(get("/state-machines", basic("AKIDCONSOLE", "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/state-machines", basic("OTHER", "s3cret")).statusCode()).isEqualTo(401);
    assertThat(get("/state-machines", "Basic not-base64!").statusCode()).isEqualTo(401);
  }

  @Test
  void theKeyOpensThePages() throws Exception {
    assertThat(get("/state-machines", basic("AKIDCONSOLE", "s3cret")).statusCode()).isEqualTo(200);
  }

  @Test
  void stylesAndScriptsArePublic() throws Exception {
    assertThat(get("/console-assets/console.css", null).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

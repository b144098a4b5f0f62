package io.stepwise.server.auth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=ID/DATE/REGION/SERVICE/aws4_request,
 * SignedHeaders=a;b, Signature=hex} header.
 *
 * @param accessKeyId the key the client signed with
 * @param scopeDate the credential scope's date, {@code yyyyMMdd}
 * @param region the credential scope's region
 * @param service the credential scope's service
 * @param signedHeaders the lower-case names of the signed headers, in the order given
 * @param signature the signature, lower-case hex
 */
public record AuthorizationHeader(
    String accessKeyId,
    String scopeDate,
    String region,
    String service,
    List<String> signedHeaders,
    String signature) {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final String TERMINATOR = "aws4_request";

  public AuthorizationHeader {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** The credential scope: {@code DATE/REGION/SERVICE/aws4_request}. */
  public String scope() {
    return scopeDate + "/" + region + "/" + service + "/" + TERMINATOR;
  }

  /**
   * Parses the header's value.
   *
   * @throws AuthenticationException {@code IncompleteSignatureException} if a part is missing or
   *     malformed, as AWS answers
   */
  public static AuthorizationHeader parse(String value) {
    String trimmed = value.strip();
    int space = trimmed.indexOf(' ');
    String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
    if (!algorithm.equals(ALGORITHM)) {
      throw AuthenticationException.incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }
    Map<String, String> parameters = parameters(space < 0 ? "" : trimmed.substring(space + 1));
    StringBuilder missing = new StringBuilder();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parameters.containsKey(required)) {
        missing.append("Authorization header requires '").append(required).append("' parameter. ");
      }
    }
    if (!missing.isEmpty()) {
      throw AuthenticationException.incomplete(missing + "Authorization=" + trimmed);
    }
    String[] credential = parameters.get("Credential").split("/", -1);
    if (credential.length != 5 || credential[0].isEmpty()) {
      throw AuthenticationException.incomplete(
          "Authorization header requires 'Credential' parameter. Authorization=" + trimmed);
    }
    if (!credential[4].equals(TERMINATOR)) {
      throw AuthenticationException.invalidSignature(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + credential[4]
              + "'.");
    }
    List<String> signedHeaders =
        Arrays.stream(parameters.get("SignedHeaders").split(";"))
            .filter(name -> !name.isEmpty())
            .toList();
    return new AuthorizationHeader(
        credential[0],
        credential[1],
        credential[2],
        credential[3],
        signedHeaders,
        parameters.get("Signature"));
  }

  /** {@code Name=value} pairs separated by commas and optional spaces. */
  private static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new HashMap<>();
    for (String part : text.split(",")) {
      String pair = part.strip();
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.putIfAbsent(
            pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return parameters;
  }
}

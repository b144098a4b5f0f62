package io.stepwise.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Verifies AWS Signature Version 4 in the Authorization header against one configured key, in the
 * order AWS checks: a header at all, its form, the request time, the key id, the time's skew, the
 * credential scope, and last the signature itself, compared in constant time.
 */
public final class SigV4Verifier implements RequestAuthenticator {
  /** The service name Step Functions signs with. */
  public static final String SERVICE = "states";

  /** How far the request time may be from the server's clock, either way, as on AWS. */
  static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AccessKey key;
  private final String region;
  private final Clock clock;

  /**
   * @param key the key requests must be signed with
   * @param region the region requests must be scoped to: the server's
   * @param clock the server's clock, against which the request time is checked
   */
  public SigV4Verifier(AccessKey key, String region, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.region = Objects.requireNonNull(region, "region");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void authenticate(SignableRequest request) {
    String authorization = request.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw AuthenticationException.missingToken();
    }
    AuthorizationHeader header = AuthorizationHeader.parse(authorization);
    String amzDate = requestTime(request, authorization);
    Instant signedAt = parseTime(amzDate, authorization);
    if (!header.accessKeyId().equals(key.id())) {
      throw AuthenticationException.unrecognizedClient();
    }
    checkSkew(signedAt);
    checkScope(header, amzDate);
    String canonical =
        CanonicalRequest.of(
            request, header.signedHeaders(), CanonicalRequest.sha256Hex(request.body()));
    String expected =
        Signature.sign(
            SigningKey.derive(key.secret(), header.scopeDate(), header.region(), header.service()),
            Signature.stringToSign(amzDate, header.scope(), canonical));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        header.signature().getBytes(StandardCharsets.US_ASCII))) {
      throw AuthenticationException.signatureMismatch();
    }
  }

  /** The X-Amz-Date header, or else the Date header in SigV4's basic ISO 8601 form. */
  private static String requestTime(SignableRequest request, String authorization) {
    String amzDate = request.header("X-Amz-Date");
    if (amzDate != null) {
      return amzDate.strip();
    }
    String date = request.header("Date");
    if (date != null) {
      try {
        return AMZ_DATE.format(
            ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        // Falls through to the answer for a missing date: AWS does not tell the two apart.
      }
    }
    throw AuthenticationException.incomplete(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
            + " Authorization="
            + authorization.strip());
  }

  private static Instant parseTime(String amzDate, String authorization) {
    try {
      return Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      throw AuthenticationException.incomplete(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
              + " Authorization="
              + authorization.strip());
    }
  }

  private void checkSkew(Instant signedAt) {
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
      throw AuthenticationException.invalidSignature(
          "Signature expired: "
              + AMZ_DATE.format(signedAt)
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(ALLOWED_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
      throw AuthenticationException.invalidSignature(
          "Signature not yet current: "
              + AMZ_DATE.format(signedAt)
              + " is still later than "
              + AMZ_DATE.format(now.plus(ALLOWED_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
  }

  private void checkScope(AuthorizationHeader header, String amzDate) {
    String day = amzDate.substring(0, 8);
    if (!header.scopeDate().equals(day)) {
      throw AuthenticationException.invalidSignature(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + header.scopeDate()
              + "' != '"
              + day
              + "', from '"
              + amzDate
              + "'.");
    }
    if (!header.region().equals(region)) {
      throw AuthenticationException.invalidSignature(
          "Credential should be scoped to a valid region, not '" + header.region() + "'. ");
    }
    if (!header.service().equals(SERVICE)) {
      throw AuthenticationException.invalidSignature(
          "Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
  }
}

package io.stepwise.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** {@code States.Base64Encode}, {@code States.Base64Decode} and {@code States.Hash}. */
final class EncodingFunctions {

  /** AWS's limit on the input of each of these functions, in characters. */
  static final int MAX_INPUT_CHARACTERS = 10_000;

  /** The algorithm names AWS accepts, spelled as Java's MessageDigest also spells them. */
  static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static List<FunctionSpec> specs() {
    return List.of(
        FunctionSpec.exactly("States.Base64Encode", 1, EncodingFunctions::base64Encode),
        FunctionSpec.exactly("States.Base64Decode", 1, EncodingFunctions::base64Decode),
        FunctionSpec.exactly("States.Hash", 2, EncodingFunctions::hash));
  }

  private static JsonNode base64Encode(CallArguments args, EvaluationContext context) {
    String text = limited(args, 0);
    return Json.NODES.textNode(
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Decodes standard Base64 whose bytes must be UTF-8 text; anything else is invalid. */
  private static JsonNode base64Decode(CallArguments args, EvaluationContext context) {
    String text = limited(args, 0);
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Json.NODES.textNode(decoded);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw args.invalid();
    }
  }

  /** The lowercase hexadecimal digest of the text's UTF-8 bytes. */
  private static JsonNode hash(CallArguments args, EvaluationContext context) {
    String text = limited(args, 0);
    String algorithm = args.string(1);
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw args.invalid();
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
      return Json.NODES.textNode(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide these five algorithms.
      throw new IllegalStateException(e);
    }
  }

  private static String limited(CallArguments args, int index) {
    String text = args.string(index);
    if (text.length() > MAX_INPUT_CHARACTERS) {
      throw args.invalid();
    }
    return text;
  }
}

package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.asl.intrinsic.IntrinsicExpression;
import io.stepwise.asl.intrinsic.InvalidIntrinsicException;
import io.stepwise.asl.path.PathExpression;

/** Checks fields whose value is a JSONPath: plain paths, reference paths and intrinsic calls. */
final class PathChecks {

  /** What a path field accepts. */
  enum Kind {
    /** Any path, wildcards and filters included (InputPath, OutputPath). */
    PATH,
    /** A path naming at most one node (ResultPath, ItemsPath, SecondsPath, ...). */
    REFERENCE,
    /** A reference path or an intrinsic function call (ErrorPath, CausePath). */
    REFERENCE_OR_INTRINSIC
  }

  private PathChecks() {}

  /**
   * Checks {@code object[field]} if present. AWS reports a bad path at the object that holds the
   * field, as it does for payload templates ("The value for the field 'parsed.$' must be a valid
   * JSONPath ... at /States/IntrinsicEscape/Parameters").
   */
  static void field(
      ObjectNode object,
      String field,
      Kind kind,
      boolean nullAllowed,
      Location at,
      ValidationContext ctx) {
    JsonNode value = object.get(field);
    if (value == null || (value.isNull() && nullAllowed)) {
      return;
    }
    if (!value.isTextual()) {
      Fields.typeMismatch("String", at.field(field), ctx);
      return;
    }
    String text = value.textValue();
    if (kind == Kind.REFERENCE_OR_INTRINSIC && IntrinsicExpression.looksLikeIntrinsic(text)) {
      if (!intrinsicCompiles(text)) {
        ctx.schema(
            "The value for the field '"
                + field
                + "' must be a valid JSONPath or a valid intrinsic function call",
            at);
      }
      return;
    }
    PathExpression path = compile(text);
    if (path == null) {
      ctx.schema("The value for the field '" + field + "' must be a valid JSONPath", at);
    } else if (kind != Kind.PATH && !path.isDefinite()) {
      // Our wording: AWS names this a "Reference Path" in its docs.
      ctx.schema("The value for the field '" + field + "' must be a valid ReferencePath", at);
    }
  }

  /** Whether a {@code .$} value is a valid path or intrinsic call. */
  static boolean isPathOrIntrinsic(String text) {
    return IntrinsicExpression.looksLikeIntrinsic(text)
        ? intrinsicCompiles(text)
        : compile(text) != null;
  }

  static PathExpression compile(String text) {
    try {
      return PathExpression.compile(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean intrinsicCompiles(String text) {
    try {
      IntrinsicExpression.compile(text);
      return true;
    } catch (InvalidIntrinsicException e) {
      return false;
    }
  }
}

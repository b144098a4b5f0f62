package io.stepwise.asl.model;

import io.stepwise.asl.path.PathExpression;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.template.ValueTemplate;

/**
 * How a state filters and shapes its data, in either query language. Fields that a state type does
 * not have, or that the query language does not use, are {@code null}.
 *
 * <p>JSONPath: {@code InputPath} → {@code Parameters} → work → {@code ResultSelector} → {@code
 * ResultPath} → {@code OutputPath}. JSONata: {@code Arguments} → work → {@code Output}. Both:
 * {@code Assign}.
 *
 * @param inputPath InputPath; {@link PathField#ABSENT} selects the whole input, {@link
 *     PathField#NULL} an empty object
 * @param parameters Parameters (or ItemSelector for Map), or {@code null}
 * @param resultSelector ResultSelector, or {@code null}
 * @param resultPath ResultPath; absent replaces the input with the result, null discards the result
 * @param outputPath OutputPath; absent keeps everything, null gives an empty object
 * @param arguments JSONata Arguments, or {@code null}
 * @param output JSONata Output, or {@code null}
 * @param assign Assign in either language, or {@code null}
 */
public record DataFlow(
    PathField inputPath,
    PayloadTemplate parameters,
    PayloadTemplate resultSelector,
    PathField resultPath,
    PathField outputPath,
    ValueTemplate arguments,
    ValueTemplate output,
    ValueTemplate assign) {

  /** A path-valued field that may be absent, explicitly {@code null}, or a path. */
  public record PathField(Kind kind, PathExpression path) {
    public enum Kind {
      ABSENT,
      NULL,
      PATH
    }

    public static final PathField ABSENT = new PathField(Kind.ABSENT, null);
    public static final PathField NULL = new PathField(Kind.NULL, null);

    public static PathField of(PathExpression path) {
      return new PathField(Kind.PATH, path);
    }
  }

  public static final DataFlow NONE =
      new DataFlow(
          PathField.ABSENT, null, null, PathField.ABSENT, PathField.ABSENT, null, null, null);
}

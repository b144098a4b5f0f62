package io.stepwise.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.stepwise.asl.eval.EvaluationContext;
import io.stepwise.asl.json.Json;
import java.util.EnumSet;

/** A general JSONPath (filters, wildcards, slices, deep scan), evaluated by Jayway JsonPath. */
record JaywayPath(String text, Root root, String variableName, JsonPath compiled)
    implements PathExpression {

  private static final Configuration CONFIGURATION =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .options(EnumSet.noneOf(Option.class))
          .build();

  static JaywayPath compile(String text, Root root, String variableName, String jsonPath) {
    try {
      return new JaywayPath(text, root, variableName, JsonPath.compile(jsonPath));
    } catch (RuntimeException e) {
      throw new InvalidPathException(e.getMessage());
    }
  }

  @Override
  public boolean isDefinite() {
    return compiled.isDefinite();
  }

  @Override
  public JsonNode evaluate(EvaluationContext context) {
    JsonNode document = PathExpression.rootDocument(this, context);
    return document == null ? null : evaluateOn(document);
  }

  @Override
  public JsonNode evaluateOn(JsonNode document) {
    try {
      Object result = compiled.read(document, CONFIGURATION);
      return result instanceof JsonNode node ? node : Json.MAPPER.valueToTree(result);
    } catch (PathNotFoundException e) {
      return isDefinite() ? null : Json.NODES.arrayNode();
    } catch (RuntimeException e) {
      // Jayway signals type mismatches (a member of an array, say) with assorted exceptions;
      // for ASL they all mean the path matched nothing.
      return isDefinite() ? null : Json.NODES.arrayNode();
    }
  }
}

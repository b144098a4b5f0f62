package io.stepwise.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** AWS's {@code GetExecutionHistoryOutput} output shape; absent members are {@code null}. */
public record GetExecutionHistoryOutput(List<JsonNode> events, String nextToken) {}

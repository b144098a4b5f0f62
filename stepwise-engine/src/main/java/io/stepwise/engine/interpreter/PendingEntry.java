package io.stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** A state a frame is to enter next, with its input: one item of the interpreter's to-do list. */
record PendingEntry(Frame frame, String stateName, JsonNode input) {}

package io.stepwise.asl.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One state being validated.
 *
 * @param name the state's name
 * @param json the state's fields
 * @param at where the state is ({@code /States/Name})
 * @param jsonata whether the state's query language is JSONata
 */
record StateNode(String name, ObjectNode json, Location at, boolean jsonata) {}

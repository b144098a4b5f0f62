package io.stepwise.server.protocol;

/**
 * An error answer: the HTTP status and AWS's {@code {"__type", "message"}} body.
 *
 * @param status the HTTP status: 400 for what the client caused, 500 for our bugs
 * @param type AWS's error shape
 * @param message the message
 */
public record ApiError(int status, String type, String message) {}

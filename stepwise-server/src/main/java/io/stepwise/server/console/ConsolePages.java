package io.stepwise.server.console;

import io.javalin.config.RoutesConfig;

/** One part of the console (state machines, executions, activities) and the routes it answers. */
interface ConsolePages {
  void register(RoutesConfig routes);
}

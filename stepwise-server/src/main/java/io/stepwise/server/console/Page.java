package io.stepwise.server.console;

/**
 * What the layout needs to know of a page: its title and which part of the console it belongs to
 * (the navigation marks it as current).
 *
 * @param title the page's title, before " · Stepwise"
 * @param section {@code state-machines}, {@code executions}, {@code activities}, or empty
 */
public record Page(String title, String section) {
  private static final String HTMX = WebJars.path("htmx.org", "dist/htmx.min.js");
  private static final String HTMX_SSE = WebJars.path("htmx-ext-sse", "sse.js");

  public static Page of(String title, String section) {
    return new Page(title, section);
  }

  /** Where htmx is served. */
  public String htmx() {
    return HTMX;
  }

  /** Where htmx's server-sent events extension is served. */
  public String htmxSse() {
    return HTMX_SSE;
  }
}

package io.stepwise.server.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the scripts from WebJars (htmx and its SSE extension) are served: {@code
 * /webjars/<name>/<version>/<file>}, the version read from the jar's own Maven metadata so that a
 * dependency upgrade cannot leave the pages pointing at a file that is gone.
 */
final class WebJars {
  private WebJars() {}

  /** The path of a file of an npm WebJar, such as {@code htmx.org}'s {@code dist/htmx.min.js}. */
  static String path(String name, String file) {
    return "/webjars/" + name + "/" + version(name) + "/" + file;
  }

  private static String version(String name) {
    String metadata = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
    try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(metadata)) {
      if (in == null) {
        throw new IllegalStateException("The WebJar " + name + " is not on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

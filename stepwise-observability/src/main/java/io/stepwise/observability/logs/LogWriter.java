package io.stepwise.observability.logs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends log lines to one file per log group, on one thread of its own: executions hand it a
 * step's lines and go on at once. Each step's lines are written together and flushed. When the
 * queue is full (the disk far slower than the executions), a step's lines are dropped and counted
 * rather than slowing executions: logs are best effort, as CloudWatch Logs are on AWS.
 */
public final class LogWriter implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(LogWriter.class.getName());

  /** Steps waiting to be written. */
  static final int QUEUE_CAPACITY = 65_536;

  private sealed interface Item {}

  private record Lines(String logGroupName, List<String> lines) implements Item {}

  private record Marker(CountDownLatch written) implements Item {}

  private record Stop() implements Item {}

  private final Path directory;
  private final PrintStream stdout;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Map<String, BufferedWriter> files = new HashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param directory the folder of the log files, created if missing
   * @param stdout where each line is also printed, or {@code null} for nowhere
   */
  public LogWriter(Path directory, PrintStream stdout) {
    this.directory = directory;
    this.stdout = stdout;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the log directory " + directory, e);
    }
    this.thread = Thread.ofPlatform().name("stepwise-logs").daemon().start(this::run);
  }

  /** The folder of the log files. */
  public Path directory() {
    return directory;
  }

  /** Queues one step's lines for a log group; never waits. */
  public void write(String logGroupName, List<String> lines) {
    if (lines.isEmpty() || closed) {
      return;
    }
    if (!queue.offer(new Lines(logGroupName, List.copyOf(lines)))) {
      if (dropped.getAndIncrement() % 1_000 == 0) {
        LOG.log(System.Logger.Level.WARNING, "Execution log lines dropped: the writer is behind");
      }
    }
  }

  /** How many steps' lines were dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /**
   * Waits until everything queued before this call is written and flushed.
   *
   * @return whether it was, within the time given
   */
  public boolean sync(Duration timeout) throws InterruptedException {
    Marker marker = new Marker(new CountDownLatch(1));
    if (!queue.offer(marker, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    return marker.written().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    while (true) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        break;
      }
      switch (item) {
        case Lines lines -> append(lines);
        case Marker marker -> marker.written().countDown();
        case Stop stop -> {
          closeFiles();
          return;
        }
      }
    }
    closeFiles();
  }

  private void append(Lines lines) {
    try {
      BufferedWriter file = files.get(lines.logGroupName());
      if (file == null) {
        file =
            Files.newBufferedWriter(
                LogFiles.of(directory, lines.logGroupName()),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        files.put(lines.logGroupName(), file);
      }
      for (String line : lines.lines()) {
        file.write(line);
        file.write('\n');
        if (stdout != null) {
          stdout.println(line);
        }
      }
      file.flush();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Cannot write the log of " + lines.logGroupName(), e);
    }
  }

  private void closeFiles() {
    for (BufferedWriter file : files.values()) {
      try {
        file.close();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "Cannot close an execution log", e);
      }
    }
    files.clear();
  }

  /** Writes what is queued, then closes the files. */
  @Override
  public void close() {
    closed = true;
    try {
      queue.put(new Stop());
      thread.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

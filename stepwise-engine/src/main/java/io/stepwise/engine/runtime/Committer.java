package io.stepwise.engine.runtime;

import io.stepwise.engine.store.ExecutionStore;
import io.stepwise.engine.store.StepRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: steps from any number of executions wait in one queue, and a single thread commits
 * whatever has gathered in one transaction. Under load many steps share one fsync; alone, a step is
 * committed at once.
 */
final class Committer implements AutoCloseable {

  /** A step to commit, or (with {@code creation}) an execution to create with its first step. */
  private record Pending(
      StepRecord step, ExecutionStore.Creation creation, CompletableFuture<Void> done) {}

  /** How many steps one transaction takes at most. */
  private static final int MAX_BATCH = 512;

  private final ExecutionStore store;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;
  private long commits;
  private long committedSteps;
  private long commitNanos;

  Committer(ExecutionStore store) {
    this.store = store;
    this.thread = Thread.ofPlatform().name("stepwise-committer").daemon().start(this::loop);
  }

  /** Queues a step; the future completes once it is durable (or fails with the store's error). */
  CompletableFuture<Void> submit(StepRecord step) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!running) {
      done.completeExceptionally(new IllegalStateException("the runtime is closed"));
      return done;
    }
    queue.add(new Pending(step, null, done));
    return done;
  }

  /**
   * Queues the creation of an execution; the future completes once it is durable, or fails with
   * {@link io.stepwise.engine.store.ExecutionAlreadyExistsException} if its name is taken.
   */
  CompletableFuture<Void> submitCreate(ExecutionStore.Creation creation) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!running) {
      done.completeExceptionally(new IllegalStateException("the runtime is closed"));
      return done;
    }
    queue.add(new Pending(null, creation, done));
    return done;
  }

  /** Commits so far, the steps they carried, the time they took, and the steps waiting now. */
  synchronized CommitStats stats() {
    return new CommitStats(commits, committedSteps, commitNanos, queue.size());
  }

  /**
   * What the committer has done.
   *
   * @param commits transactions committed
   * @param steps steps and creations they carried
   * @param nanos time spent committing, in nanoseconds
   * @param waiting steps queued for the next commit now
   */
  record CommitStats(long commits, long steps, long nanos, int waiting) {}

  private void loop() {
    List<Pending> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Pending> all) {
    // Creations first: a step never belongs to an execution created in the same batch, since
    // steps come only once their execution's creation is durable.
    List<Pending> creations = all.stream().filter(p -> p.creation() != null).toList();
    if (!creations.isEmpty()) {
      create(creations);
    }
    List<Pending> batch = all.stream().filter(p -> p.step() != null).toList();
    if (batch.isEmpty()) {
      return;
    }
    List<StepRecord> steps = new ArrayList<>(batch.size());
    for (Pending pending : batch) {
      steps.add(pending.step());
    }
    long began = System.nanoTime();
    try {
      store.commit(steps);
      synchronized (this) {
        commits++;
        committedSteps += steps.size();
        commitNanos += System.nanoTime() - began;
      }
      batch.forEach(pending -> pending.done().complete(null));
    } catch (RuntimeException batchFailed) {
      // One bad step must not sink the others: commit them one by one to find it.
      for (Pending pending : batch) {
        try {
          store.commit(List.of(pending.step()));
          pending.done().complete(null);
        } catch (RuntimeException e) {
          pending.done().completeExceptionally(e);
        }
      }
    }
  }

  private void create(List<Pending> creations) {
    long began = System.nanoTime();
    try {
      List<String> taken = store.createAll(creations.stream().map(Pending::creation).toList());
      synchronized (this) {
        commits++;
        committedSteps += creations.size();
        commitNanos += System.nanoTime() - began;
      }
      for (int i = 0; i < creations.size(); i++) {
        if (taken.get(i) == null) {
          creations.get(i).done().complete(null);
        } else {
          creations
              .get(i)
              .done()
              .completeExceptionally(
                  new io.stepwise.engine.store.ExecutionAlreadyExistsException(taken.get(i)));
        }
      }
    } catch (RuntimeException e) {
      creations.forEach(pending -> pending.done().completeExceptionally(e));
    }
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

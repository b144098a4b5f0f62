package io.stepwise.engine.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the items of this page
 * @param nextToken where the next page starts, or {@code null} when this is the last
 */
public record Page<T>(List<T> items, String nextToken) {
  public Page {
    items = List.copyOf(items);
  }
}

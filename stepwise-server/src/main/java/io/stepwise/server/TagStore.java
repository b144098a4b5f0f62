package io.stepwise.server;

import io.stepwise.server.model.Tag;
import io.stepwise.server.protocol.ApiException;
import io.stepwise.store.sql.SqliteTagStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Tags by resource ARN, with AWS's quota of 50 per resource: the API's face of the {@link
 * SqliteTagStore} in the data directory's file, so that tags survive a restart.
 */
public final class TagStore {
  /** AWS's quota of tags per resource. */
  public static final int MAX_TAGS = 50;

  private final SqliteTagStore store;

  /** Tags kept in a store that the caller opened and closes. */
  public TagStore(SqliteTagStore store) {
    this.store = store;
  }

  /**
   * Adds tags to a resource, replacing the values of keys it has already.
   *
   * @throws ApiException {@code TooManyTags} if the resource would have more than 50; nothing
   *     changes then
   */
  public void tag(String resourceArn, Collection<Tag> tags) {
    SequencedMap<String, String> added = new LinkedHashMap<>();
    for (Tag tag : tags) {
      added.put(tag.key(), tag.value() == null ? "" : tag.value());
    }
    if (!store.tag(resourceArn, added, MAX_TAGS)) {
      throw new ApiException(
          "TooManyTags",
          "Too many tags: a resource may have at most "
              + MAX_TAGS
              + " tags: '"
              + resourceArn
              + "'");
    }
  }

  /** Removes tags by key; keys the resource lacks are ignored. */
  public void untag(String resourceArn, Collection<String> keys) {
    store.untag(resourceArn, keys);
  }

  /** A resource's tags, in the order they were first added. */
  public List<Tag> tags(String resourceArn) {
    List<Tag> tags = new ArrayList<>();
    store.tags(resourceArn).forEach((key, value) -> tags.add(new Tag(key, value)));
    return tags;
  }

  /**
   * Forgets a deleted resource's tags; a deleted state machine's take its versions' and aliases'
   * with them, since they are deleted with it.
   */
  public void forget(String resourceArn) {
    store.forget(resourceArn);
  }
}

package io.stepwise.server;

import io.stepwise.server.model.Tag;
import io.stepwise.server.protocol.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tags by resource ARN, with AWS's quota of 50 per resource. Kept in memory. */
public final class TagStore {
  /** AWS's quota of tags per resource. */
  public static final int MAX_TAGS = 50;

  private final Map<String, Map<String, String>> byResource = new ConcurrentHashMap<>();

  /**
   * Adds tags to a resource, replacing the values of keys it has already.
   *
   * @throws ApiException {@code TooManyTags} if the resource would have more than 50; nothing
   *     changes then
   */
  public void tag(String resourceArn, Collection<Tag> tags) {
    byResource.compute(
        resourceArn,
        (arn, current) -> {
          Map<String, String> updated = current == null ? new LinkedHashMap<>() : current;
          Map<String, String> merged = new LinkedHashMap<>(updated);
          for (Tag tag : tags) {
            merged.put(tag.key(), tag.value() == null ? "" : tag.value());
          }
          if (merged.size() > MAX_TAGS) {
            throw new ApiException(
                "TooManyTags",
                "Too many tags: a resource may have at most "
                    + MAX_TAGS
                    + " tags: '"
                    + resourceArn
                    + "'");
          }
          return merged;
        });
  }

  /** Removes tags by key; keys the resource lacks are ignored. */
  public void untag(String resourceArn, Collection<String> keys) {
    byResource.computeIfPresent(
        resourceArn,
        (arn, current) -> {
          Map<String, String> updated = new LinkedHashMap<>(current);
          keys.forEach(updated::remove);
          return updated.isEmpty() ? null : updated;
        });
  }

  /** A resource's tags, in the order they were first added. */
  public List<Tag> tags(String resourceArn) {
    List<Tag> tags = new ArrayList<>();
    byResource
        .getOrDefault(resourceArn, Map.of())
        .forEach((key, value) -> tags.add(new Tag(key, value)));
    return tags;
  }

  /** Forgets a deleted resource's tags. */
  public void forget(String resourceArn) {
    byResource.remove(resourceArn);
  }
}

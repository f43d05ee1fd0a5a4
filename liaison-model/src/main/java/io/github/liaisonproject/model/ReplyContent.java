package io.github.liaisonproject.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** What a reply does with the request it answers (§4.2.1, §5.1). */
@Value.Immutable
@JsonSerialize(as = ImmutableReplyContent.class)
@JsonDeserialize(as = ImmutableReplyContent.class)
public interface ReplyContent {
  /**
   * {@return true when it agrees to start or stop a work item: a charter change (§4.2.1); false by default}
   */
  @Value.Default
  default boolean isAgreesToCharterChange() {
    return false;
  }

  /**
   * {@return true when it declines the request, or honours it with modifications (§5.1); false by default}
   */
  @Value.Default
  default boolean isDeclinesOrModifies() {
    return false;
  }

  /** {@return true when it gives the reasons, or an alternate course of action (§5.1); false by default} */
  @Value.Default
  default boolean isGivesReasons() {
    return false;
  }

  /**
   * {@return the date by which it promises the requested action (§5.1 "will be accomplished by a specified
   * date"), when it promises one}
   */
  Optional<LocalDate> getPromisesActionBy();

  /** Not a reply, or a reply that says none of this: every attribute at its default. */
  ReplyContent NONE = ImmutableReplyContent.builder().build();

  /** {@return a new builder for a reply's content} */
  static ImmutableReplyContent.Builder builder() {
    return ImmutableReplyContent.builder();
  }
}

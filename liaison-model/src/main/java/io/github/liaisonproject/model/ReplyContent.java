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
  /** It agrees to start or stop a work item: a charter change (§4.2.1). */
  @Value.Default
  default boolean isAgreesToCharterChange() {
    return false;
  }

  /** It declines the request, or honours it with modifications (§5.1). */
  @Value.Default
  default boolean isDeclinesOrModifies() {
    return false;
  }

  /** It gives the reasons, or an alternate course of action (§5.1). */
  @Value.Default
  default boolean isGivesReasons() {
    return false;
  }

  /** The date by which it promises the requested action (§5.1 "will be accomplished by a specified date"). */
  Optional<LocalDate> getPromisesActionBy();

  ReplyContent NONE = ImmutableReplyContent.builder().build();

  static ImmutableReplyContent.Builder builder() {
    return ImmutableReplyContent.builder();
  }
}

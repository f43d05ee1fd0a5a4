package io.github.liaisonproject.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What the statement discloses about consensus, and how it was reached (§4.2, §4.2.1). */
@Value.Immutable
@JsonSerialize(as = ImmutableConsensus.class)
@JsonDeserialize(as = ImmutableConsensus.class)
public interface Consensus {
  /** {@return the level the statement itself declares; NOT_STATED by default} */
  @Value.Default
  default ConsensusLevel getDeclared() {
    return ConsensusLevel.NOT_STATED;
  }

  /**
   * {@return whether a consensus process is needed, or the statement only shares information (-05 §4.2);
   * UNDECIDED by default}
   */
  @Value.Default
  default ConsensusProcess getProcess() {
    return ConsensusProcess.UNDECIDED;
  }

  /** {@return true when the group it represents was informed before transmission (§4.2); false by default} */
  @Value.Default
  default boolean isGroupInformed() {
    return false;
  }

  /**
   * Whether the group was informed before transmission (§4.2), as given. Rules read
   * {@link #getEffectiveGroupInformed()}.
   *
   * @return YES, NO, or UNKNOWN (the default: a record does not say)
   */
  @Value.Default
  default Known getGroupInformedKnown() {
    return Known.UNKNOWN;
  }

  /**
   * {@return {@link #getGroupInformedKnown()}, or YES when it is unknown and {@link #isGroupInformed()} is
   * set}
   */
  @JsonIgnore
  default Known getEffectiveGroupInformed() {
    return getGroupInformedKnown() == Known.UNKNOWN ? Known.yesOrUnknown(isGroupInformed()) : getGroupInformedKnown();
  }

  /**
   * Whether the statement spells out the level of consensus it implies, or explicitly none (§4.2),
   * as given. Rules read {@link #getEffectiveLevelStated()}.
   *
   * @return YES, NO when it is known to say nothing about consensus, or UNKNOWN (the default)
   */
  @Value.Default
  default Known getLevelStated() {
    return Known.UNKNOWN;
  }

  /**
   * {@return {@link #getLevelStated()}, or YES when it is unknown and {@link #getDeclared()} names a level}
   */
  @JsonIgnore
  default Known getEffectiveLevelStated() {
    if (getLevelStated() != Known.UNKNOWN) {
      return getLevelStated();
    }
    return getDeclared() == ConsensusLevel.NOT_STATED ? Known.UNKNOWN : Known.YES;
  }

  /** {@return for replies: the outcome of the list discussion of the request (§4.2.1), when known} */
  Optional<DiscussionOutcome> getListDiscussion();

  /** A statement that declares nothing about consensus: every attribute at its default. */
  Consensus NOT_STATED = ImmutableConsensus.builder().build();

  /** {@return a new builder for a consensus declaration} */
  static ImmutableConsensus.Builder builder() {
    return ImmutableConsensus.builder();
  }
}

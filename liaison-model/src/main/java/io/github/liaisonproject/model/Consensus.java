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
  /** The level the statement itself declares. */
  @Value.Default
  default ConsensusLevel getDeclared() {
    return ConsensusLevel.NOT_STATED;
  }

  /** Whether a consensus process is needed, or the statement only shares information (-05 §4.2). */
  @Value.Default
  default ConsensusProcess getProcess() {
    return ConsensusProcess.UNDECIDED;
  }

  /** The group it represents was informed before transmission (§4.2). */
  @Value.Default
  default boolean isGroupInformed() {
    return false;
  }

  /**
   * Whether the group was informed before transmission (§4.2), as given: YES, NO, or UNKNOWN (the
   * default: a record does not say). Rules read {@link #getEffectiveGroupInformed()}.
   */
  @Value.Default
  default Known getGroupInformedKnown() {
    return Known.UNKNOWN;
  }

  /** {@link #getGroupInformedKnown()}, or YES when it is unknown and {@link #isGroupInformed()} is set. */
  @JsonIgnore
  default Known getEffectiveGroupInformed() {
    return getGroupInformedKnown() == Known.UNKNOWN ? Known.yesOrUnknown(isGroupInformed()) : getGroupInformedKnown();
  }

  /**
   * Whether the statement spells out the level of consensus it implies, or explicitly none (§4.2),
   * as given: NO when it is known to say nothing about consensus; UNKNOWN by default. Rules read
   * {@link #getEffectiveLevelStated()}.
   */
  @Value.Default
  default Known getLevelStated() {
    return Known.UNKNOWN;
  }

  /** {@link #getLevelStated()}, or YES when it is unknown and {@link #getDeclared()} names a level. */
  @JsonIgnore
  default Known getEffectiveLevelStated() {
    if (getLevelStated() != Known.UNKNOWN) {
      return getLevelStated();
    }
    return getDeclared() == ConsensusLevel.NOT_STATED ? Known.UNKNOWN : Known.YES;
  }

  /** For replies: the outcome of the list discussion of the request (§4.2.1). */
  Optional<DiscussionOutcome> getListDiscussion();

  Consensus NOT_STATED = ImmutableConsensus.builder().build();

  static ImmutableConsensus.Builder builder() {
    return ImmutableConsensus.builder();
  }
}

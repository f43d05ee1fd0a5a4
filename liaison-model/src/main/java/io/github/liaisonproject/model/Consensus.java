package io.github.liaisonproject.model;

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

  /** For replies: the outcome of the list discussion of the request (§4.2.1). */
  Optional<DiscussionOutcome> getListDiscussion();

  Consensus NOT_STATED = ImmutableConsensus.builder().build();

  static ImmutableConsensus.Builder builder() {
    return ImmutableConsensus.builder();
  }
}

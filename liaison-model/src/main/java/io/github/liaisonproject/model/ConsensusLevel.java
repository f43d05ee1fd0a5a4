package io.github.liaisonproject.model;

/** The level of consensus a statement declares it carries (§4.2, §4.2.1). */
public enum ConsensusLevel {
  /** It rests on existing IETF consensus, such as the RFCs it references. */
  EXISTING_IETF_CONSENSUS,
  /** The sending WG's consensus. */
  WORKING_GROUP_CONSENSUS,
  /** IETF-wide consensus (e.g. after an IETF last call). */
  IETF_WIDE_CONSENSUS,
  /** Consensus among the IESG (§4.1). */
  IESG_CONSENSUS,
  /** "Collected comments" rather than a consensus (§4.2.1). */
  COLLECTED_COMMENTS,
  /** The statement says explicitly that it claims no consensus. */
  NO_CONSENSUS_CLAIMED,
  /** The statement says nothing about consensus. */
  NOT_STATED;

  /** {@return true for WG, IETF-wide or IESG consensus: a claim of consensus developed for this statement} */
  public boolean isConsensusClaim() {
    return this == WORKING_GROUP_CONSENSUS || this == IETF_WIDE_CONSENSUS || this == IESG_CONSENSUS;
  }
}

package io.github.liaisonproject.model;

/** An RFC's status, or an Internet-Draft's intended status (§4.3). */
public enum DocumentStatus {
  INTERNET_STANDARD,
  DRAFT_STANDARD,
  PROPOSED_STANDARD,
  BEST_CURRENT_PRACTICE,
  INFORMATIONAL,
  EXPERIMENTAL,
  HISTORIC;

  /** §4.3: "Standards Track RFC (Draft Standard, Proposed Standard, Internet Standard, BCP)". */
  public boolean isStandardsTrack() {
    return this == INTERNET_STANDARD || this == DRAFT_STANDARD || this == PROPOSED_STANDARD
        || this == BEST_CURRENT_PRACTICE;
  }
}

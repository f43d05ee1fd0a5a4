package io.github.liaisonproject.model;

/** An RFC's status, or an Internet-Draft's intended status (§4.3). */
public enum DocumentStatus {
  /** Internet Standard (standards track). */
  INTERNET_STANDARD,
  /** Draft Standard (standards track, historical level). */
  DRAFT_STANDARD,
  /** Proposed Standard (standards track). */
  PROPOSED_STANDARD,
  /** Best Current Practice (BCP), which §4.3 counts with the standards track. */
  BEST_CURRENT_PRACTICE,
  /** Informational. */
  INFORMATIONAL,
  /** Experimental. */
  EXPERIMENTAL,
  /** Historic. */
  HISTORIC;

  /** {@return true for the standards track of §4.3: Internet, Draft or Proposed Standard, or BCP} */
  public boolean isStandardsTrack() {
    return this == INTERNET_STANDARD || this == DRAFT_STANDARD || this == PROPOSED_STANDARD
        || this == BEST_CURRENT_PRACTICE;
  }
}

package io.github.liaisonproject.rules;

/** Whether a document may be transmitted as the statement stands (§4.3). */
public enum Eligibility {
  /** Standards-track RFCs, BCPs, WG drafts for the standards track, WG-position informational documents. */
  ELIGIBLE,
  /** Only with further consensus or with context saying it is not IETF consensus; that is missing. */
  NEEDS_CONTEXT,
  /** Its kind or status is not given, so it cannot be judged. */
  UNKNOWN
}

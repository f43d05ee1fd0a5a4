package io.github.liaisonproject.model;

/** How an outgoing statement was (or will be) transmitted (§3.2). */
public enum SendingChannel {
  /** Through the IETF's recording tool, which records it as it is sent (recommended, §3.2). */
  RECORDING_TOOL,
  /** Directly by mail, recorded after the fact. */
  DIRECT_MAIL,
  /** Through a submission form the receiving organization requires (§3.2's exception). */
  RECEIVER_SUBMISSION_FORM
}

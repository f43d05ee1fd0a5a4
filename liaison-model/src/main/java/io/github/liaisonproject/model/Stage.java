package io.github.liaisonproject.model;

/** Where a statement stands in its life. Recording is separate: see {@link PublicRecord}. */
public enum Stage {
  /** Being written; not yet submitted for approval. */
  DRAFT,
  /** Submitted and awaiting approval, about to be sent (the Datatracker's "pending"). */
  PENDING_APPROVAL,
  /** Outgoing and transmitted to the receiving body. */
  SENT,
  /** Incoming and received by the IETF. */
  RECEIVED,
  /** Abandoned or withdrawn (the Datatracker's "dead"): no reminders, no obligations. */
  WITHDRAWN;

  /** {@return true once the statement has left or reached the IETF (SENT or RECEIVED)} */
  public boolean isTransmitted() {
    return this == SENT || this == RECEIVED;
  }
}

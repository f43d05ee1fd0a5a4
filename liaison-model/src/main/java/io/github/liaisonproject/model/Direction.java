package io.github.liaisonproject.model;

/** Outgoing statements are sent by the IETF; incoming ones are received from another body. */
public enum Direction {
  /** Sent by the IETF (a From body is IETF-side). */
  OUTGOING,
  /** Received by the IETF from another organization. */
  INCOMING
}

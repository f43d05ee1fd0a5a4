package io.github.liaisonproject.model;

/** Outgoing statements are sent by the IETF; incoming ones are received from another body. */
public enum Direction {
  OUTGOING,
  INCOMING
}

package io.github.liaisonproject.model;

/** The RFC stream a document belongs to (§1: liaison work usually covers only the IETF stream). */
public enum Stream {
  /** The IETF stream, which liaison work usually covers. */
  IETF,
  /** The IAB stream. */
  IAB,
  /** The IRTF stream. */
  IRTF,
  /** The Independent Submissions stream. */
  INDEPENDENT,
  /** The Editorial stream. */
  EDITORIAL
}

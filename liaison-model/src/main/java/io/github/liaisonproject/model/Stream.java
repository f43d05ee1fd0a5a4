package io.github.liaisonproject.model;

/** The RFC stream a document belongs to (§1: liaison work usually covers only the IETF stream). */
public enum Stream {
  IETF,
  IAB,
  IRTF,
  INDEPENDENT,
  EDITORIAL
}

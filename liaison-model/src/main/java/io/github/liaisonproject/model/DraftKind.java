package io.github.liaisonproject.model;

/** Whether an Internet-Draft is a WG document or individually submitted (§4.3). */
public enum DraftKind {
  /** Adopted by a WG (draft-ietf-...). */
  WORKING_GROUP_DOCUMENT,
  /** Submitted by individuals, not (yet) a WG document. */
  INDIVIDUAL
}

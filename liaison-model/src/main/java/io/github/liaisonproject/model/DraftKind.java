package io.github.liaisonproject.model;

/** Whether an Internet-Draft is a WG document or individually submitted (§4.3). */
public enum DraftKind {
  WORKING_GROUP_DOCUMENT,
  INDIVIDUAL
}

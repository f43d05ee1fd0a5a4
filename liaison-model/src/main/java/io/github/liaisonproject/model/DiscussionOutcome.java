package io.github.liaisonproject.model;

/** The outcome of a group's list discussion of an incoming request (§4.2.1). */
public enum DiscussionOutcome {
  CLEAR_CONSENSUS,
  NO_CLEAR_CONSENSUS,
  NO_DISCUSSION
}

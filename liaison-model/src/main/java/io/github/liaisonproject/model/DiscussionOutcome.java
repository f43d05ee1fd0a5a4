package io.github.liaisonproject.model;

/** The outcome of a group's list discussion of an incoming request (§4.2.1). */
public enum DiscussionOutcome {
  /** The discussion reached clear consensus, which a reply may claim. */
  CLEAR_CONSENSUS,
  /** The discussion reached no clear consensus: a reply can only collect comments (§4.2.1). */
  NO_CLEAR_CONSENSUS,
  /** The request was not discussed on the list. */
  NO_DISCUSSION
}

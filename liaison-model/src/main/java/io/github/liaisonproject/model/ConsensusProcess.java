package io.github.liaisonproject.model;

/** Whether the statement needs a consensus process before it is sent (-05 §4.2). */
public enum ConsensusProcess {
  /** Not decided yet, or not said. */
  UNDECIDED,
  /** The content goes beyond established consensus: an explicit consensus process is necessary. */
  NEEDED,
  /** Pure information sharing based on established consensus, process or timeline (§4.2). */
  INFORMATION_SHARING_ONLY,
  /** A request for needed non-public information or documents (§4.2). */
  REQUEST_FOR_NON_PUBLIC_DOCUMENTS;

  /**
   * {@return true for information sharing and requests for non-public documents, which need no additional
   * consensus (§4.2)}
   */
  public boolean isExempt() {
    return this == INFORMATION_SHARING_ONLY || this == REQUEST_FOR_NON_PUBLIC_DOCUMENTS;
  }
}

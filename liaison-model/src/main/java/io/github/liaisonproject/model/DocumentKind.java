package io.github.liaisonproject.model;

/** What a transmitted or referenced document is (§4.3). */
public enum DocumentKind {
  /** A published RFC. */
  RFC,
  /** An Internet-Draft: work in progress. */
  INTERNET_DRAFT,
  /** Anything else: another body's document, a web page, a slide deck. */
  OTHER
}

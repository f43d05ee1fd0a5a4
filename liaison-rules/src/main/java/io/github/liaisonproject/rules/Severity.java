package io.github.liaisonproject.rules;

/**
 * How much a finding matters, read from the procedure's own words (RULES.md): must, need, require
 * → ERROR; should, recommended → WARNING; usually, ideally, guidance → INFO.
 */
public enum Severity {
  /** The statement is not ready to send (or, when already sent or received, is out of order). */
  ERROR,
  /** The procedure recommends otherwise; sending is still possible. */
  WARNING,
  /** Guidance and reminders; never blocks. */
  INFO
}

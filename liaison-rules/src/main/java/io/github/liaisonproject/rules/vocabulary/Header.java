package io.github.liaisonproject.rules.vocabulary;

/** The mail header a delivery address goes in. */
@Describe("The mail header of a delivery address: TO, CC or REPLY_TO.")
public enum Header {
  /** The To header: where the statement goes. */
  TO,
  /** The Cc header: copied to. */
  CC,
  /** The Reply-To header: where replies go. */
  REPLY_TO
}

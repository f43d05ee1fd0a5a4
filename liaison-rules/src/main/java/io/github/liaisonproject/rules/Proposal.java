package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * A value a rule proposes for a field the statement leaves empty or gets wrong: a From-Contact, a
 * Send Reply To, a Send To for a reply. The embedding tool may fill it in.
 *
 * @param field the statement's property ("sendReplyTo", "fromContacts")
 * @param value the proposed value
 */
public record Proposal(String field, String value, String reason, Citation citation) {
  public Proposal {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(citation, "citation");
  }
}

package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * A value a rule proposes for a field the statement leaves empty or gets wrong: a From-Contact, a
 * Send Reply To, a Send To for a reply. The embedding tool may fill it in. An immutable value.
 *
 * @param field the statement's property ("sendReplyTo", "fromContacts"); not null
 * @param value the proposed value; not null
 * @param reason why, in words; not null
 * @param citation the rule that proposes it; not null
 */
public record Proposal(String field, String value, String reason, Citation citation) {
  /**
   * Checks the components.
   *
   * @param field the statement's property ("sendReplyTo", "fromContacts"); not null
   * @param value the proposed value; not null
   * @param reason why, in words; not null
   * @param citation the rule that proposes it; not null
   * @throws NullPointerException when a component is null
   */
  public Proposal {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(citation, "citation");
  }
}

package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * Something a rule found about a statement: an immutable value.
 *
 * @param ruleId the catalogue ID of the rule; not null
 * @param severity its effective severity (the rule's, or the one the settings give it); not null
 * @param section the section the rule cites; not null
 * @param message what is wrong, in words a person can act on; not null
 * @param source the rule file it came from; not null
 */
public record Finding(String ruleId, Severity severity, String section, String message, String source) {
  /**
   * Checks the components.
   *
   * @param ruleId the catalogue ID of the rule; not null
   * @param severity its effective severity (the rule's, or the one the settings give it); not null
   * @param section the section the rule cites; not null
   * @param message what is wrong, in words a person can act on; not null
   * @param source the rule file it came from; not null
   * @throws NullPointerException when a component is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }

  /** {@return {@code SEVERITY RULE-ID (§section): message}} */
  @Override
  public String toString() {
    return severity + " " + ruleId + " (" + section + "): " + message;
  }
}

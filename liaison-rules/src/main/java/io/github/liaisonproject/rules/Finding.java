package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * Something a rule found about a statement: its rule ID, severity, section, a message a person can
 * act on, and the rule file it came from.
 */
public record Finding(String ruleId, Severity severity, String section, String message, String source) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " (" + section + "): " + message;
  }
}

package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * A rule that threw while assessing. Its concern's answer is incomplete; the rest of the
 * assessment stands.
 */
public record RuleFailure(String ruleId, String concern, String source, String error) {
  public RuleFailure {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(error, "error");
  }
}

package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * A rule that threw while assessing, or that was halted (its firing limit, deadline or allocation limit passed). Its
 * concern's answer is incomplete; the rest of the assessment stands. An immutable value.
 *
 * @param ruleId the catalogue ID of the rule; not null
 * @param concern the concern (file) it belongs to ("approval"); not null
 * @param source the rule file; not null
 * @param error what went wrong, in words; not null
 */
public record RuleFailure(String ruleId, String concern, String source, String error) {
  /**
   * Checks the components.
   *
   * @param ruleId the catalogue ID of the rule; not null
   * @param concern the concern (file) it belongs to ("approval"); not null
   * @param source the rule file; not null
   * @param error what went wrong, in words; not null
   * @throws NullPointerException when a component is null
   */
  public RuleFailure {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(error, "error");
  }
}

package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule did or did not fire on a statement: each of its conditions in order, whether it
 * holds, and for the first one that fails, which constraints fail and the values they read
 * ("approvingGroupCount == 1 failed: approvingGroupCount is 2"). Made by {@link LiaisonRules#whyNot}.
 *
 * @param ruleId     the catalogue ID asked about
 * @param ruleName   the rule's name in its file
 * @param source     the rule file
 * @param active     false when the rule set's settings disable the rule (the conditions are still checked)
 * @param fired      true when every condition holds, so the rule fires (or would, if it is disabled)
 * @param conditions each top-level condition of the rule, in order
 */
public record WhyNot(String ruleId, String ruleName, String source, boolean active, boolean fired,
    List<Check> conditions) {
  /** How a condition fared: it holds, it is the one that fails, or it was not reached. */
  public enum Status {
    /** Some fact satisfies the condition. */
    HOLDS,
    /** The first condition nothing satisfies: the rule does not fire because of it. */
    FAILS,
    /** After the failing condition: not checked. */
    NOT_REACHED
  }

  /**
   * One condition as written, how it fared, and what was found: an immutable value.
   *
   * @param condition the condition as the rule file writes it; not null
   * @param status how it fared; not null
   * @param details facts matched, constraints failed and the values they read, one per line; unmodifiable
   */
  public record Check(String condition, Status status, List<String> details) {
    /**
     * Checks the components and copies the details.
     *
     * @param condition the condition as the rule file writes it; not null
     * @param status how it fared; not null
     * @param details facts matched, constraints failed and the values they read; copied
     * @throws NullPointerException when a component or a detail is null
     */
    public Check {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(status, "status");
      details = List.copyOf(details);
    }
  }

  /**
   * Checks the components and copies the conditions.
   *
   * @param ruleId     the catalogue ID asked about
   * @param ruleName   the rule's name in its file
   * @param source     the rule file
   * @param active     false when the rule set's settings disable the rule (the conditions are still checked)
   * @param fired      true when every condition holds, so the rule fires (or would, if it is disabled)
   * @param conditions each top-level condition of the rule, in order
   * @throws NullPointerException when ruleId, ruleName, source, the conditions or a condition is null
   */
  public WhyNot {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(source, "source");
    conditions = List.copyOf(conditions);
  }

  /** {@return the first condition that fails; empty when the rule fires} */
  public java.util.Optional<Check> failing() {
    return conditions.stream().filter(c -> c.status() == Status.FAILS).findFirst();
  }

  /** {@return the rule, whether it fires, and each condition with its status and details, one per line} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(ruleId).append(" (\"").append(ruleName).append("\", ").append(source).append("): ");
    if (fired) {
      sb.append(active ? "every condition holds: it fires on this statement" : "disabled by the settings; were it on, it would fire");
    } else {
      sb.append(active ? "does not fire" : "disabled by the settings; were it on, it would not fire");
    }
    sb.append('\n');
    for (Check c : conditions) {
      sb.append("  ").append(c.status()).append("  ").append(c.condition()).append('\n');
      c.details().forEach(d -> sb.append("        ").append(d).append('\n'));
    }
    return sb.toString();
  }
}

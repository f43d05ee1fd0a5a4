package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/**
 * An assessment with the reason for each of its answers: for every finding, decision (approval
 * requirement, approval given, delivery address, document verdict, proposal) and obligation, the
 * rule that made it and the facts its conditions matched, in words. Made by
 * {@link LiaisonRules#explain}; {@link LiaisonRules#assess} does not record any of it, so
 * assessments that are not explained pay nothing for explanations. Immutable and thread-safe.
 */
public final class Explanation {
  private final Assessment assessment;
  private final List<Reason> reasons;

  /**
   * An explanation; {@link LiaisonRules#explain} makes them.
   *
   * @param assessment the assessment explained; not null
   * @param reasons one reason per answer; copied, no null element
   * @throws NullPointerException when an argument or a reason is null
   */
  public Explanation(Assessment assessment, List<Reason> reasons) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.reasons = List.copyOf(reasons);
  }

  /**
   * {@return the assessment explained: equal to what {@link LiaisonRules#assess} gives for the same input}
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * {@return one reason per answer, unmodifiable: findings in the assessment's order, then decisions, then
   * obligations}
   */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * {@return the reasons for one rule's answers, in {@link #reasons()} order}
   * @param ruleId the catalogue ID; not null
   */
  public List<Reason> reasons(String ruleId) {
    return reasons.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
  }

  /** {@return one line per reason} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    reasons.forEach(r -> sb.append(r).append('\n'));
    return sb.toString();
  }
}

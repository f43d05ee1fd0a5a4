package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/**
 * An assessment with the reason for each of its answers: for every finding, decision (approval
 * requirement, approval given, delivery address, document verdict, proposal) and obligation, the
 * rule that made it and the facts its conditions matched, in words. Made by
 * {@link LiaisonRules#explain}; {@link LiaisonRules#assess} does not record any of it, so
 * assessments that are not explained pay nothing for explanations.
 */
public final class Explanation {
  private final Assessment assessment;
  private final List<Reason> reasons;

  public Explanation(Assessment assessment, List<Reason> reasons) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.reasons = List.copyOf(reasons);
  }

  /** The assessment explained: equal to what {@link LiaisonRules#assess} gives for the same input. */
  public Assessment assessment() {
    return assessment;
  }

  /** One reason per answer: findings in the assessment's order, then decisions, then obligations. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** The reasons for one rule's answers. */
  public List<Reason> reasons(String ruleId) {
    return reasons.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    reasons.forEach(r -> sb.append(r).append('\n'));
    return sb.toString();
  }
}

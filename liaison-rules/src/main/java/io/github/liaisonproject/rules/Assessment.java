package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one statement: findings, the approval decision, the delivery, a verdict per
 * transmitted document, obligations and proposals, each citing its rule and section.
 *
 * <p>{@link #readyToSend()} is true when no finding is an ERROR, every concern was assessed
 * (no rule failed) and the statement is not withdrawn. For an incoming statement it means ready to
 * record and distribute.
 */
public final class Assessment {
  private final LiaisonStatement statement;
  private final LocalDate asOf;
  private final List<Finding> findings;
  private final ApprovalDecision approval;
  private final Delivery delivery;
  private final List<TransmissionVerdict> transmission;
  private final List<Obligation> obligations;
  private final List<Proposal> proposals;
  private final List<RuleFailure> failures;

  public Assessment(LiaisonStatement statement, LocalDate asOf, List<Finding> findings, ApprovalDecision approval,
      Delivery delivery, List<TransmissionVerdict> transmission, List<Obligation> obligations,
      List<Proposal> proposals, List<RuleFailure> failures) {
    this.statement = Objects.requireNonNull(statement, "statement");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.findings = List.copyOf(findings);
    this.approval = Objects.requireNonNull(approval, "approval");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.transmission = List.copyOf(transmission);
    this.obligations = List.copyOf(obligations);
    this.proposals = List.copyOf(proposals);
    this.failures = List.copyOf(failures);
  }

  public LiaisonStatement statement() { return statement; }

  /** The day the assessment treats as today. */
  public LocalDate asOf() { return asOf; }

  /** Every finding, ERRORs first, then by rule ID and message. */
  public List<Finding> findings() { return findings; }

  public ApprovalDecision approval() { return approval; }

  public Delivery delivery() { return delivery; }

  /** One verdict per transmitted or referenced document, in the statement's order. */
  public List<TransmissionVerdict> transmission() { return transmission; }

  public List<Obligation> obligations() { return obligations; }

  public List<Proposal> proposals() { return proposals; }

  /** Rules that threw; empty when every concern was assessed. */
  public List<RuleFailure> failures() { return failures; }

  /** True when every concern was assessed. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /**
   * No ERROR finding, complete, and not withdrawn. A withdrawn statement is never sent, so the
   * rules stay silent about what it lacks (no APPROVAL-MISSING): it must not read as ready.
   */
  public boolean readyToSend() {
    return complete() && statement.getStage() != io.github.liaisonproject.model.Stage.WITHDRAWN
        && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings of one rule. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  public boolean hasFinding(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /** The obligations of one rule. */
  public List<Obligation> obligations(String ruleId) {
    return obligations.stream().filter(o -> o.ruleId().equals(ruleId)).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a && a.statement.equals(statement) && a.asOf.equals(asOf)
        && a.findings.equals(findings) && a.approval.equals(approval) && a.delivery.equals(delivery)
        && a.transmission.equals(transmission) && a.obligations.equals(obligations)
        && a.proposals.equals(proposals) && a.failures.equals(failures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, asOf, findings, approval, delivery, transmission, obligations, proposals, failures);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(readyToSend() ? "ready" : "not ready").append(" as of ").append(asOf).append('\n');
    findings.forEach(f -> sb.append("  ").append(f).append('\n'));
    obligations.forEach(o -> sb.append("  obligation ").append(o).append('\n'));
    failures.forEach(f -> sb.append("  FAILED ").append(f).append('\n'));
    return sb.toString();
  }
}

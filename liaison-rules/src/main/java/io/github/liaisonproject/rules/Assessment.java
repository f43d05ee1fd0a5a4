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
 *
 * <p>Immutable and thread-safe: every list is unmodifiable, no accessor returns null, and two
 * assessments of the same input are equal.
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

  /**
   * An assessment; {@link LiaisonRules} makes them, embedders rarely need to.
   *
   * @param statement the statement assessed
   * @param asOf the day the assessment treats as today
   * @param findings every finding, ERRORs first
   * @param approval the approval decision
   * @param delivery where the statement goes
   * @param transmission one verdict per transmitted document
   * @param obligations what someone must do
   * @param proposals values proposed for the statement's fields
   * @param failures the rules that threw
   * @throws NullPointerException when an argument or a list element is null
   */
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

  /** {@return the statement assessed} */
  public LiaisonStatement statement() { return statement; }

  /** {@return the day the assessment treats as today} */
  public LocalDate asOf() { return asOf; }

  /** {@return every finding, ERRORs first, then by rule ID and message} */
  public List<Finding> findings() { return findings; }

  /** {@return who must approve the statement, and whether they have (§4.1)} */
  public ApprovalDecision approval() { return approval; }

  /** {@return where the statement goes (To, Cc, Reply-To); empty when it cannot be delivered} */
  public Delivery delivery() { return delivery; }

  /** {@return one verdict per transmitted or referenced document, in the statement's order} */
  public List<TransmissionVerdict> transmission() { return transmission; }

  /** {@return what someone must do about the statement, by when, including those already discharged} */
  public List<Obligation> obligations() { return obligations; }

  /** {@return the values the rules propose for fields the statement leaves empty or gets wrong} */
  public List<Proposal> proposals() { return proposals; }

  /** {@return the rules that threw; empty when every concern was assessed} */
  public List<RuleFailure> failures() { return failures; }

  /** {@return true when every concern was assessed (no rule failed)} */
  public boolean complete() {
    return failures.isEmpty();
  }

  /**
   * No ERROR finding, complete, and not withdrawn. A withdrawn statement is never sent, so the
   * rules stay silent about what it lacks (no APPROVAL-MISSING): it must not read as ready.
   *
   * @return true when the statement may be sent (for an incoming one: recorded and distributed)
   */
  public boolean readyToSend() {
    return complete() && statement.getStage() != io.github.liaisonproject.model.Stage.WITHDRAWN
        && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * {@return the findings of one severity, in {@link #findings()} order}
   * @param severity the severity; null matches none
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * {@return the findings of one rule, in {@link #findings()} order}
   * @param ruleId the catalogue ID; not null
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * {@return true when the rule with this ID reported a finding}
   * @param ruleId the catalogue ID; not null
   */
  public boolean hasFinding(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /**
   * {@return the obligations of one rule, in {@link #obligations()} order}
   * @param ruleId the catalogue ID; not null
   */
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

  /** {@return a few lines for logs and tests: ready or not, the findings, obligations and failures} */
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

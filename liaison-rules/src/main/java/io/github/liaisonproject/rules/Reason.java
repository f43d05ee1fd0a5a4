package io.github.liaisonproject.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why an assessment holds one answer: the answer (a finding, a decision or an obligation), the rule
 * that made it, and each condition of that rule with the facts it matched, in words. An immutable
 * value; every component is non-null.
 *
 * @param kind    what the answer is
 * @param ruleId  the catalogue ID of the rule that made it
 * @param section the section the rule cites
 * @param source  the rule file
 * @param ruleName the rule's name in its file
 * @param answer  the answer in words ("ERROR Approval needed for ...", "To: tsbsg15@itu.int")
 * @param because one line per condition of the rule: what it matched and the values it read; unmodifiable
 */
public record Reason(Kind kind, String ruleId, String section, String source, String ruleName, String answer,
    List<String> because) {
  /** The three kinds of answer the procedure gives. */
  public enum Kind {
    /** A {@link Finding}. */
    FINDING,
    /** A decision: an approval requirement or approval given, a delivery address, a document verdict, a proposal. */
    DECISION,
    /** An {@link Obligation}. */
    OBLIGATION
  }

  /**
   * Checks the components and copies {@code because}.
   *
   * @param kind    what the answer is
   * @param ruleId  the catalogue ID of the rule that made it
   * @param section the section the rule cites
   * @param source  the rule file
   * @param ruleName the rule's name in its file
   * @param answer  the answer in words ("ERROR Approval needed for ...", "To: tsbsg15@itu.int")
   * @param because one line per condition of the rule: what it matched and the values it read; unmodifiable
   * @throws NullPointerException when a component or a line is null
   */
  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(answer, "answer");
    because = List.copyOf(because);
  }

  /** {@return {@code RULE-ID: answer; because ...}} */
  @Override
  public String toString() {
    return ruleId + ": " + answer + (because.isEmpty() ? "" : "; because " + String.join("; ", because));
  }
}

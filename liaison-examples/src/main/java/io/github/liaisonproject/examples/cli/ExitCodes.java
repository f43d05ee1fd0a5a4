package io.github.liaisonproject.examples.cli;

/** The tool's exit codes. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Nothing blocking: every statement is ready, every case passed. */
  public static final int OK = 0;
  /** ERROR findings (assess, audit) or failing cases (check-rules). */
  public static final int FINDINGS = 1;
  /** Bad input or usage: a missing or unreadable file, a rule file that does not compile. */
  public static final int BAD_INPUT = 2;
  /**
   * A rule failed: it threw, or the rule set went past its firing limit, deadline or allocation limit (a rule that
   * triggers itself). The answer is incomplete; the failure names the rule. (3 is the tool's own
   * internal error.)
   */
  public static final int RULE_FAILURE = 4;
}

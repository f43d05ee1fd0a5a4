package io.github.liaisonproject.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule files that cannot make a rule set: every problem at once, each with file, line and column.
 * The message is a count and one line per problem.
 */
public class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  /**
   * An exception carrying these problems.
   *
   * @param problems the problems; copied, no null element
   * @throws NullPointerException when the list or a problem is null
   */
  public RuleSetException(List<RuleProblem> problems) {
    super(problems.size() + " problem(s) in the rule files:\n"
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, in the order found; unmodifiable} */
  public List<RuleProblem> problems() {
    return problems;
  }
}

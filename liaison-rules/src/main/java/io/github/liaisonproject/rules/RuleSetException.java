package io.github.liaisonproject.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot make a rule set: every problem at once, each with file, line and column. */
public class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleSetException(List<RuleProblem> problems) {
    super(problems.size() + " problem(s) in the rule files:\n"
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}

package io.github.liaisonproject.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a statement or directory cannot be processed; carries every violation at once. */
public class InvalidStatementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public InvalidStatementException(String what, List<Violation> violations) {
    super(what + " is invalid:\n  " + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}

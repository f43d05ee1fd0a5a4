package io.github.liaisonproject.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a statement or directory cannot be processed; carries every violation at once. Its
 * message is one line per violation. An {@link IllegalArgumentException}: passing malformed input
 * to the rules is the caller's error, found before any rule runs.
 */
public class InvalidStatementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  /**
   * An exception for what was checked and every violation found.
   *
   * @param what what was checked, for the message ("statement LS-1", "directory"); not null
   * @param violations the violations, at least one; copied
   */
  public InvalidStatementException(String what, List<Violation> violations) {
    super(what + " is invalid:\n  " + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    this.violations = List.copyOf(violations);
  }

  /** {@return every violation, ordered by property path; unmodifiable} */
  public List<Violation> violations() {
    return violations;
  }
}

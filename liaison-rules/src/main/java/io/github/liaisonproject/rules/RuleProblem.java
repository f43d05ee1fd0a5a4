package io.github.liaisonproject.rules;

import java.util.Objects;

/**
 * A problem in a rule file or its settings: an immutable value.
 *
 * @param file the file ("settings" for a builder setting); not null
 * @param line 1-based; 0 when unknown
 * @param column 1-based; 0 when unknown
 * @param message what is wrong and how to fix it; not null
 */
public record RuleProblem(String file, int line, int column, String message) {
  /**
   * Checks the components.
   *
   * @param file the file ("settings" for a builder setting); not null
   * @param line 1-based; 0 when unknown
   * @param column 1-based; 0 when unknown
   * @param message what is wrong and how to fix it; not null
   * @throws NullPointerException when file or message is null
   */
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@return {@code file:line:column: message}} */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}

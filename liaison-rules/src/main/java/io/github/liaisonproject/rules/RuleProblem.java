package io.github.liaisonproject.rules;

import java.util.Objects;

/** A problem in a rule file, as {@code file:line:column: message}. Line and column are 1-based; 0 when unknown. */
public record RuleProblem(String file, int line, int column, String message) {
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}

package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.RuleProblem;

/** Turns a Drools error message into a {@link RuleProblem} with a real line wherever one can be found. */
final class DrlErrors {
  private DrlErrors() {}

  static RuleProblem problem(String file, String text, int line, int column, String message) {
    String clean = message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    return new RuleProblem(file, Math.max(line, 0), Math.max(column, 0), clean);
  }
}

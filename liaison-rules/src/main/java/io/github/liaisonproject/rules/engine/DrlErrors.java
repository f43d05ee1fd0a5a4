package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.RuleProblem;

/** Turns a Drools error message into a {@link RuleProblem} with a real line wherever one can be found. */
final class DrlErrors {
  private DrlErrors() {}

  static RuleProblem problem(String file, String text, int line, int column, String message) {
    String clean = message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    // "[ERR 102] Line 8:0 mismatched input ..." -> "mismatched input ..."; the position is in the prefix.
    clean = clean.replaceFirst("^\\[ERR \\d+\\]\\s*Line \\d+:\\d+\\s*", "");
    // Drools columns are 0-based character offsets; problems are 1-based like compilers'.
    int col = line > 0 ? Math.max(column, 0) + 1 : 0;
    return new RuleProblem(file, Math.max(line, 0), col, clean);
  }
}

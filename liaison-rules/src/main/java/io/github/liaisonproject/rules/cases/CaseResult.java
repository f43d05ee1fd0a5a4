package io.github.liaisonproject.rules.cases;

import io.github.liaisonproject.rules.Assessment;
import java.util.List;
import java.util.Set;

/**
 * The result of one case: which rule IDs answered, and every mismatch between what was expected
 * and what the rule set produced ("expected CONTENT-FROM-REQUIRED to fire; it did not").
 */
public record CaseResult(String file, int index, String description, Set<String> fired, List<String> mismatches,
    Assessment assessment) {
  public CaseResult {
    fired = Set.copyOf(fired);
    mismatches = List.copyOf(mismatches);
  }

  public boolean passed() {
    return mismatches.isEmpty();
  }

  @Override
  public String toString() {
    return file + " case " + (index + 1) + " (" + description + "): "
        + (passed() ? "passed" : String.join("; ", mismatches));
  }
}

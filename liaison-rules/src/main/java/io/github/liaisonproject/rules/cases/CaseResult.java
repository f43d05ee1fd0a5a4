package io.github.liaisonproject.rules.cases;

import io.github.liaisonproject.rules.Assessment;
import java.util.List;
import java.util.Set;

/**
 * The result of one case: which rule IDs answered, and every mismatch between what was expected
 * and what the rule set produced ("expected CONTENT-FROM-REQUIRED to fire; it did not"). An
 * immutable value.
 *
 * @param file the cases file, for messages
 * @param index the case's place in its file, from 0
 * @param description the case's description
 * @param fired every rule ID that answered, as {@link CaseRunner#fired} finds them; unmodifiable
 * @param mismatches what differs from the expectation, one sentence each; unmodifiable, empty when it passed
 * @param assessment the assessment the case produced
 */
public record CaseResult(String file, int index, String description, Set<String> fired, List<String> mismatches,
    Assessment assessment) {
  /**
   * Copies the collections.
   *
   * @param file the cases file, for messages
   * @param index the case's place in its file, from 0
   * @param description the case's description
   * @param fired every rule ID that answered, as {@link CaseRunner#fired} finds them; unmodifiable
   * @param mismatches what differs from the expectation, one sentence each; unmodifiable, empty when it passed
   * @param assessment the assessment the case produced
   * @throws NullPointerException when {@code fired} or {@code mismatches} or an element is null
   */
  public CaseResult {
    fired = Set.copyOf(fired);
    mismatches = List.copyOf(mismatches);
  }

  /** {@return true when the rule set produced what the case expects} */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /** {@return {@code file case n (description): passed}, or the mismatches} */
  @Override
  public String toString() {
    return file + " case " + (index + 1) + " (" + description + "): "
        + (passed() ? "passed" : String.join("; ", mismatches));
  }
}

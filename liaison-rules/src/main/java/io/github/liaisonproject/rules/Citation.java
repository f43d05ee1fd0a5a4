package io.github.liaisonproject.rules;

import java.util.Objects;

/** The rule that produced an answer: its catalogue ID, section ("§4.1", "-05 §2.1") and source file. */
public record Citation(String ruleId, String section, String source) {
  public Citation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return ruleId + " (" + section + ")";
  }
}

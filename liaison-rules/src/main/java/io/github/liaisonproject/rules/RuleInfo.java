package io.github.liaisonproject.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One active rule as policy authors see it: catalogue ID, default severity (none for rules that
 * only decide or oblige), section, one-sentence explanation, concern, and the file it comes from.
 */
public record RuleInfo(String id, Optional<Severity> severity, String section, String explanation,
    String concern, String source, String ruleName) {
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleName, "ruleName");
  }

  public Citation citation() {
    return new Citation(id, section, source);
  }
}

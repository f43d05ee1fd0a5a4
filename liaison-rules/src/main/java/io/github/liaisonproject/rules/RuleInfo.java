package io.github.liaisonproject.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One active rule as policy authors see it: an immutable value.
 *
 * @param id the catalogue ID; not null
 * @param severity the default severity; empty for rules that only decide or oblige
 * @param section the section it cites; not null
 * @param explanation what it checks, in one sentence; not null
 * @param concern the concern (file name without {@code .drl}); not null
 * @param source the file it comes from ("bundled:approval.drl", an author's path); not null
 * @param ruleName the rule's name in its file; not null
 */
public record RuleInfo(String id, Optional<Severity> severity, String section, String explanation,
    String concern, String source, String ruleName) {
  /**
   * Checks the components.
   *
   * @param id the catalogue ID; not null
   * @param severity the default severity; empty for rules that only decide or oblige
   * @param section the section it cites; not null
   * @param explanation what it checks, in one sentence; not null
   * @param concern the concern (file name without {@code .drl}); not null
   * @param source the file it comes from ("bundled:approval.drl", an author's path); not null
   * @param ruleName the rule's name in its file; not null
   * @throws NullPointerException when a component is null
   */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleName, "ruleName");
  }

  /** {@return the rule's ID, section and source as a citation} */
  public Citation citation() {
    return new Citation(id, section, source);
  }
}

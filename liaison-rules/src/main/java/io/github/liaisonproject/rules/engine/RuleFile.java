package io.github.liaisonproject.rules.engine;

import java.util.Objects;

/**
 * One rule file: its name ("approval.drl"), where it comes from ("bundled" or an author's path),
 * and its text.
 */
public record RuleFile(String name, String source, String text) {
  public RuleFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** The concern: the file name without ".drl". */
  public String concern() {
    return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
  }
}

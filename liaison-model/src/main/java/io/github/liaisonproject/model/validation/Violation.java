package io.github.liaisonproject.model.validation;

import java.util.Objects;

/**
 * One constraint violation: the property path ("fromContacts[0]", "from[1].name"), the message a
 * person can act on, the offending value (shortened), and whether it only concerns completeness.
 */
public final class Violation {
  private final String path;
  private final String message;
  private final String value;
  private final boolean completenessOnly;

  public Violation(String path, String message, String value, boolean completenessOnly) {
    this.path = Objects.requireNonNull(path);
    this.message = Objects.requireNonNull(message);
    this.value = value;
    this.completenessOnly = completenessOnly;
  }

  public String path() { return path; }
  public String message() { return message; }
  /** The offending value, shortened to 80 characters with line breaks shown as \n; null when none. */
  public String value() { return value; }
  /** True when it is a {@link Completeness} gap rather than malformed input. */
  public boolean completenessOnly() { return completenessOnly; }

  @Override
  public String toString() {
    return (path.isEmpty() ? "statement" : path) + ": " + message + (value == null ? "" : " (was \"" + value + "\")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v && v.path.equals(path) && v.message.equals(message)
        && Objects.equals(v.value, value) && v.completenessOnly == completenessOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message, value, completenessOnly);
  }
}

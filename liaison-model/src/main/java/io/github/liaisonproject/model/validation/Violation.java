package io.github.liaisonproject.model.validation;

import java.util.Objects;

/**
 * One constraint violation: the property path ("fromContacts[0]", "from[1].name"), the message a
 * person can act on, the offending value (shortened), and whether it only concerns completeness.
 * An immutable value, compared by all four.
 */
public final class Violation {
  private final String path;
  private final String message;
  private final String value;
  private final boolean completenessOnly;

  /**
   * A violation.
   *
   * @param path the property path, "" for the statement as a whole; not null
   * @param message what is wrong and how to fix it; not null
   * @param value the offending value, shortened; null when there is none or it is not text
   * @param completenessOnly true for a {@link Completeness} gap
   * @throws NullPointerException when path or message is null
   */
  public Violation(String path, String message, String value, boolean completenessOnly) {
    this.path = Objects.requireNonNull(path);
    this.message = Objects.requireNonNull(message);
    this.value = value;
    this.completenessOnly = completenessOnly;
  }

  /** {@return the property path ("fromContacts[0]", "from[1].name"); "" for the statement as a whole} */
  public String path() { return path; }
  /** {@return what is wrong and how to fix it, never null} */
  public String message() { return message; }
  /**
   * {@return the offending value, shortened to 80 characters with line breaks shown as \n; null when none}
   */
  public String value() { return value; }
  /** {@return true when it is a {@link Completeness} gap rather than malformed input} */
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

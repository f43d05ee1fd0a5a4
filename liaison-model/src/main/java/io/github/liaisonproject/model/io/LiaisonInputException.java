package io.github.liaisonproject.model.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A statement or directory file that cannot be read: malformed JSON or YAML, a wrong type, an
 * unknown field, a value the model rejects, or content that fails validation. Carries every
 * problem found (at least one); {@link #source()}, {@link #line()}, {@link #column()} and
 * {@link #field()} are those of the first. The message is one line per problem, in the form
 * {@code file:line:column: field "from[0].kind": what is wrong; how to fix it}, never a stack trace.
 *
 * <p>It is a checked exception, and an {@link IOException}, on purpose: the files are written by
 * people, so a bad one is an expected outcome every caller must handle (usually by showing the
 * message), not a programming error; and it composes with the I/O errors reading a file raises
 * anyway. Failures to open or read the file are reported as this exception too, with the
 * original {@link IOException} as cause, so a caller handles one type.
 */
public class LiaisonInputException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem, an immutable value.
   *
   * @param source the file name, or the source name given for in-memory text; not null
   * @param line 1-based; 0 when unknown (the message then says so)
   * @param column 1-based; 0 when unknown
   * @param field the JSON path of the offending value, like {@code from[0].kind}, or "" for the document as a
   *     whole; not null
   * @param message what is wrong and how to fix it; not null
   */
  public record Problem(String source, int line, int column, String field, String message) {
    /**
     * Checks the components.
     *
     * @param source the file name, or the source name given for in-memory text; not null
     * @param line 1-based; 0 when unknown (the message then says so)
     * @param column 1-based; 0 when unknown
     * @param field the JSON path of the offending value, like {@code from[0].kind}, or "" for the document as a
     *     whole; not null
     * @param message what is wrong and how to fix it; not null
     * @throws NullPointerException when source, field or message is null
     */
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    /** {@code source:line:column: message}, or {@code source: (line unknown) message} when the line is unknown. */
    @Override
    public String toString() {
      return line > 0
          ? source + ":" + line + ":" + Math.max(column, 1) + ": " + message
          : source + ": (line unknown) " + message;
    }
  }

  private final transient List<Problem> problems;

  /**
   * An exception carrying every problem; its message is one line per problem.
   *
   * @param problems the problems, at least one; copied
   * @param cause the underlying parser or I/O error, or null
   * @throws IllegalArgumentException when there is no problem
   */
  public LiaisonInputException(List<Problem> problems, Throwable cause) {
    super(render(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception carrying one problem.
   *
   * @param problem the problem; not null
   * @param cause the underlying parser or I/O error, or null
   */
  public LiaisonInputException(Problem problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /** {@return every problem found, in document order where known; unmodifiable, never empty} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the file name or the source name given for in-memory text} */
  public String source() {
    return problems.get(0).source();
  }

  /** {@return the 1-based line of the first problem; 0 when unknown} */
  public int line() {
    return problems.get(0).line();
  }

  /** {@return the 1-based column of the first problem; 0 when unknown} */
  public int column() {
    return problems.get(0).column();
  }

  /**
   * {@return the JSON path of the first problem ({@code from[0].kind}); "" when it concerns the whole
   * document}
   */
  public String field() {
    return problems.get(0).field();
  }
}

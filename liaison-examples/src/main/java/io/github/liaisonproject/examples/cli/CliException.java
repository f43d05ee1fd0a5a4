package io.github.liaisonproject.examples.cli;

/**
 * Bad input or usage the tool reports as a message and exit code 2, never as a stack trace: a
 * missing file, a statement file that does not read, rule files that do not compile.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}

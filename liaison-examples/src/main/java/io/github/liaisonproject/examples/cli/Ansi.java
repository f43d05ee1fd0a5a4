package io.github.liaisonproject.examples.cli;

/** ANSI colour, on only when asked for (stdout is a terminal and --no-color is not given). */
final class Ansi {
  private final boolean on;

  Ansi(boolean on) {
    this.on = on;
  }

  /** Colour when stdout is a terminal and the user did not turn it off. */
  static Ansi auto(boolean noColor) {
    return new Ansi(!noColor && System.console() != null && System.getenv("NO_COLOR") == null);
  }

  /** True when this colours: the text output then keeps these sequences ({@link TerminalText#lines}). */
  boolean on() {
    return on;
  }

  String red(String s) { return wrap("31;1", s); }
  String yellow(String s) { return wrap("33", s); }
  String green(String s) { return wrap("32;1", s); }
  String cyan(String s) { return wrap("36", s); }
  String bold(String s) { return wrap("1", s); }
  String dim(String s) { return wrap("2", s); }

  private String wrap(String code, String s) {
    return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}

package io.github.liaisonproject.examples.cli;

/**
 * Text from input (a statement, a directory, an author's rule file) made safe to print on a
 * terminal: control characters (ESC and the rest of C0 and C1, DEL, line breaks, tabs), bidi and
 * other format characters (U+202A..U+202E, U+2066..U+2069, zero-width characters, the BOM), line
 * and paragraph separators, private-use, unassigned and lone surrogate code points are shown as
 * {@code <U+XXXX>} ({@code \n}, {@code \r}, {@code \t} for the common three), so no input can move
 * the cursor, recolour or clear the screen, reorder what is shown, or fake a line of output. A
 * backslash is doubled only where it would otherwise read as one of these escapes.
 */
public final class TerminalText {
  private TerminalText() {}

  /** The text with every non-printing character escaped; null stays "null". */
  public static String escape(Object value) {
    String s = String.valueOf(value);
    StringBuilder b = null;
    for (int i = 0; i < s.length();) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String replacement = replacement(cp, s, i);
      if (replacement != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  /**
   * Rendered text output made safe as a whole, the net under the per-field {@link #escape}: every
   * non-printing character is escaped as {@link #escape} does except the line breaks ({@code \n})
   * the output is made of and, when {@code colour} is on, the tool's own colour sequences
   * ({@link Ansi}: ESC [ 0, 1, 2, 31;1, 32;1, 33 or 36 m). No cursor movement, screen clearing,
   * title or hyperlink sequence, carriage return or bidi override reaches the terminal, whichever
   * field it came in.
   */
  public static String lines(String rendered, boolean colour) {
    String s = String.valueOf(rendered);
    StringBuilder b = null;
    for (int i = 0; i < s.length();) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String replacement;
      if (cp == '\n' || cp == '\\') {
        replacement = null;
      } else if (cp == '\r' && CRLF && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        replacement = null; // the platform's own line separator
      } else if (cp == 0x1b && colour && colourSequence(s, i) > 0) {
        replacement = null;
        n = colourSequence(s, i);
      } else {
        replacement = replacement(cp, s, i);
      }
      if (replacement != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.append(s, i, i + n);
        }
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  private static final boolean CRLF = System.lineSeparator().equals("\r\n");

  private static final java.util.List<String> COLOURS = java.util.List.of("0", "1", "2", "31;1", "32;1", "33", "36");

  /** The length of one of {@link Ansi}'s colour sequences at i, or 0. */
  private static int colourSequence(String s, int i) {
    for (String c : COLOURS) {
      String seq = "\u001b[" + c + "m";
      if (s.startsWith(seq, i)) {
        return seq.length();
      }
    }
    return 0;
  }

  /**
   * A writer that passes everything written through {@link #lines(String, boolean)} without
   * colour: for error messages, progress lines and outputs that never colour.
   */
  public static java.io.PrintWriter writer(java.io.PrintWriter target) {
    return new java.io.PrintWriter(target, true) {
      @Override
      public void write(String text, int off, int len) {
        String safe = lines(text.substring(off, off + len), false);
        super.write(safe, 0, safe.length());
      }

      @Override
      public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
      }

      @Override
      public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
      }
    };
  }

  private static String replacement(int cp, String s, int i) {
    switch (cp) {
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      case '\\':
        // a backslash and n, r or t typed in the input must not look like an escape this method made
        return i + 1 < s.length() && "nrt".indexOf(s.charAt(i + 1)) >= 0 ? "\\\\" : null;
      default:
        break;
    }
    if (printable(cp)) {
      return null;
    }
    return String.format("<U+%04X>", cp);
  }

  static boolean printable(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.PRIVATE_USE:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
        return false;
      default:
        return true;
    }
  }
}

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

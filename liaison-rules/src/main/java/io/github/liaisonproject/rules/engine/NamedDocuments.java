package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.vocabulary.NamedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The look-up behind {@link NamedDocument}: the RFCs and Internet-Drafts a text names ("RFC 8407",
 * "RFC8407", "draft-ietf-netconf-foo-03"), and whether a listed document has the same name. What
 * to do about an unlisted one is TRANSMIT-NAMED-IN-TEXT's (transmission.drl).
 *
 * <p>Runs for every assessment over the whole subject and body, so the texts are scanned by hand
 * rather than by {@link java.util.regex}: the case-insensitive searches were a sixth of an
 * assessment's time (bench/run). The scanner finds exactly what these two patterns find, searched
 * independently and merged in text order ({@code NamedDocumentsTest} compares them on generated
 * texts):
 * <pre>
 * RFC:   (?i)\bRFC[ \u00a0-]?(\d{1,5})\b
 * draft: (?i)\bdraft-[a-z0-9]+(?:-[a-z0-9]+)*
 * </pre>
 * As in {@code java.util.regex} without UNICODE flags: case folding and {@code \d} are ASCII only,
 * and a word character for {@code \b} is a letter, a digit or {@code _} in any script (a
 * non-spacing mark after one counts as one).
 */
final class NamedDocuments {
  private NamedDocuments() {}

  /** The documents the texts name, each once, in text order; listed when one of the documents has the same key. */
  static List<NamedDocument> in(List<String> texts, List<DocumentReference> documents) {
    List<String> listedKeys = new ArrayList<>(documents.size());
    for (DocumentReference d : documents) {
      listedKeys.add(key(d.getName()));
    }
    List<NamedDocument> out = new ArrayList<>(4);
    List<String> seen = new ArrayList<>(4);
    long[] rfc = new long[1];
    int[] draftEnd = new int[1];
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      int r = nextRfc(text, 0, rfc);
      int d = nextDraft(text, 0, draftEnd);
      while (r >= 0 || d >= 0) {
        // an RFC and a draft name never start at the same place ("R" against "d")
        if (r >= 0 && (d < 0 || r < d)) {
          add(out, seen, listedKeys, DocumentKind.RFC, "RFC " + (int) (rfc[0] >>> 32));
          r = nextRfc(text, (int) rfc[0], rfc);
        } else {
          add(out, seen, listedKeys, DocumentKind.INTERNET_DRAFT,
              withoutVersion(text.substring(d, draftEnd[0]).toLowerCase(Locale.ROOT)));
          d = nextDraft(text, draftEnd[0], draftEnd);
        }
      }
    }
    return out;
  }

  private static void add(List<NamedDocument> out, List<String> seen, List<String> listedKeys, DocumentKind kind,
      String name) {
    String k = key(name);
    if (!seen.contains(k)) {
      seen.add(k);
      out.add(new NamedDocument(out.size(), kind, name, listedKeys.contains(k)));
    }
  }

  /** "rfc8407" for "RFC 8407", "RFC8407", "rfc-8407"; a draft name in lower case without its version. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    // the whole name an RFC's ("rfc", an optional separator, one to five digits)?
    if (n.startsWith("rfc")) {
      int digits = n.length() > 3 && isSeparator(n.charAt(3)) ? 4 : 3;
      int count = n.length() - digits;
      if (count >= 1 && count <= 5 && asciiDigits(n, digits, n.length())) {
        return "rfc" + Integer.parseInt(n, digits, n.length(), 10);
      }
    }
    if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".xml") || n.endsWith(".pdf")) {
      n = n.substring(0, n.lastIndexOf('.'));
    }
    return withoutVersion(n);
  }

  /**
   * Without a final "-NN" (two digits): a draft's version. Final as {@code -\d\d$} means it: at the
   * end, or before one line terminator that ends the text.
   */
  private static String withoutVersion(String s) {
    int l = s.length();
    if (endsWithVersion(s, l)) {
      return s.substring(0, l - 3);
    }
    int beforeTerminator = l >= 2 && s.charAt(l - 2) == '\r' && s.charAt(l - 1) == '\n' ? l - 2
        : l >= 1 && isLineTerminator(s.charAt(l - 1)) ? l - 1 : -1;
    if (beforeTerminator >= 0 && endsWithVersion(s, beforeTerminator)) {
      return s.substring(0, beforeTerminator - 3) + s.substring(beforeTerminator);
    }
    return s;
  }

  private static boolean endsWithVersion(String s, int end) {
    return end >= 3 && s.charAt(end - 3) == '-' && isAsciiDigit(s.charAt(end - 2)) && isAsciiDigit(s.charAt(end - 1));
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * The start of the first RFC name at or after {@code from}, or -1; {@code found[0]} gets its number
   * (high 32 bits) and the index just past it (low 32 bits), where the search goes on.
   */
  private static int nextRfc(String t, int from, long[] found) {
    int n = t.length();
    for (int i = from; i + 3 < n; i++) {
      char c = t.charAt(i);
      if ((c | 0x20) != 'r' || (t.charAt(i + 1) | 0x20) != 'f' || (t.charAt(i + 2) | 0x20) != 'c'
          || wordBefore(t, i)) {
        continue;
      }
      // with the separator first, then without it (the pattern's backtracking order)
      int afterRfc = i + 3;
      int end = isSeparator(t.charAt(afterRfc)) ? digitsEndingAtBoundary(t, afterRfc + 1) : -1;
      int digitsFrom = afterRfc + 1;
      if (end < 0) {
        end = digitsEndingAtBoundary(t, afterRfc);
        digitsFrom = afterRfc;
      }
      if (end >= 0) {
        int number = Integer.parseInt(t, digitsFrom, end, 10);
        found[0] = ((long) number << 32) | end;
        return i;
      }
    }
    return -1;
  }

  /** The end of one to five ASCII digits from {@code i} followed by a word boundary (greedy, then shorter), or -1. */
  private static int digitsEndingAtBoundary(String t, int i) {
    int j = i;
    while (j < t.length() && j - i < 5 && isAsciiDigit(t.charAt(j))) {
      j++;
    }
    // after a digit a boundary means no word character follows; a shorter run is followed by a digit
    for (int end = j; end > i; end--) {
      if (!wordAt(t, end)) {
        return end;
      }
    }
    return -1;
  }

  /** The start of the first draft name at or after {@code from}, or -1; {@code end[0]} gets the index just past it. */
  private static int nextDraft(String t, int from, int[] end) {
    int n = t.length();
    for (int i = from; i + 6 < n; i++) {
      if ((t.charAt(i) | 0x20) != 'd' || (t.charAt(i + 1) | 0x20) != 'r' || (t.charAt(i + 2) | 0x20) != 'a'
          || (t.charAt(i + 3) | 0x20) != 'f' || (t.charAt(i + 4) | 0x20) != 't' || t.charAt(i + 5) != '-'
          || !isAsciiAlnum(t.charAt(i + 6)) || wordBefore(t, i)) {
        continue;
      }
      int j = i + 7;
      while (true) {
        while (j < n && isAsciiAlnum(t.charAt(j))) {
          j++;
        }
        if (j + 1 < n && t.charAt(j) == '-' && isAsciiAlnum(t.charAt(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      end[0] = j;
      return i;
    }
    return -1;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\u00a0' || c == '-';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    char l = (char) (c | 0x20);
    return isAsciiDigit(c) || (l >= 'a' && l <= 'z');
  }

  private static boolean asciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Is the code point before {@code i} a word character for {@code \b}? */
  private static boolean wordBefore(String t, int i) {
    if (i <= 0) {
      return false;
    }
    int cp = t.codePointBefore(i);
    return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(t, i - 1);
  }

  /** Is the code point at {@code i} a word character for {@code \b}? */
  private static boolean wordAt(String t, int i) {
    if (i >= t.length()) {
      return false;
    }
    int cp = t.codePointAt(i);
    return isWord(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(t, i);
  }

  private static boolean isWord(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  /** A letter or digit before the non-spacing marks that end at {@code i} (java.util.regex's rule). */
  private static boolean hasBase(String t, int i) {
    for (int x = i; x >= 0; x--) {
      int cp = t.codePointAt(x);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }
}

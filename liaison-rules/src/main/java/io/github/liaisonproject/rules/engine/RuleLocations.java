package io.github.liaisonproject.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of a rule set is defined: its file and the line of its {@code rule} keyword.
 * Every file is read once, for its package and the offsets of its {@code rule} keywords (a line
 * that starts, after blanks, with {@code rule} and a blank); a rule is then found by comparing its
 * name at those offsets. It finds what the regular expression
 * {@code (?m)^\s*rule\s+(?:"NAME"|'NAME'|NAME\b)} finds, first file first, without compiling one
 * such expression per rule and running it over every file: for a rule set of a hundred rules that
 * was a tenth of the CLI's start-up.
 */
final class RuleLocations {
  /** Where a rule is defined; "unknown", line 0, when no file defines it. */
  record Located(String source, String concern, int line) {}

  static final Located UNKNOWN = new Located("unknown", "unknown", 0);

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern WORD_BOUNDARY = Pattern.compile("\\b");

  /** A file, its package, and the offsets just after each {@code rule} keyword's blanks, with the keyword's line. */
  private record Indexed(RuleFile file, String pkg, int[] nameStarts, int[] lines) {}

  private final List<RuleFile> files;
  private final List<Indexed> indexed = new ArrayList<>();

  RuleLocations(List<RuleFile> files) {
    this.files = files;
    for (RuleFile f : files) {
      indexed.add(index(f));
    }
  }

  /** The file and line that define the rule (by package and rule name), the first file first. */
  Located locate(String pkg, String ruleName) {
    if (ruleName.isEmpty() || isRegexSpace(ruleName.charAt(0))) {
      return locateByRegex(files, pkg, ruleName); // never in a file that compiles; kept exact all the same
    }
    for (Indexed f : indexed) {
      if (!f.pkg().equals(pkg)) {
        continue;
      }
      String text = f.file().text();
      for (int i = 0; i < f.nameStarts().length; i++) {
        if (namedAt(text, f.nameStarts()[i], ruleName)) {
          return new Located(f.file().source(), f.file().concern(), f.lines()[i]);
        }
      }
    }
    return UNKNOWN;
  }

  private static Indexed index(RuleFile f) {
    String text = f.text();
    Matcher pm = PACKAGE.matcher(text);
    String pkg = pm.find() ? pm.group(1) : "defaultpkg";
    List<int[]> found = new ArrayList<>();
    int n = text.length();
    int line = 1;
    int counted = 0; // the newlines before this offset are counted in line
    // String.indexOf, not a loop over every character: this runs at every start of the CLI, mostly
    // before the JIT compiler has got to it
    for (int i = text.indexOf("rule"); i >= 0; i = text.indexOf("rule", i + 1)) {
      if (i + 4 >= n || !isRegexSpace(text.charAt(i + 4)) || !atLineStart(text, i)) {
        continue;
      }
      for (int k = text.indexOf('\n', counted); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) {
        line++;
      }
      counted = i;
      int nameStart = i + 4;
      while (nameStart < n && isRegexSpace(text.charAt(nameStart))) {
        nameStart++;
      }
      found.add(new int[] {nameStart, line});
    }
    int[] starts = new int[found.size()];
    int[] lines = new int[found.size()];
    for (int k = 0; k < found.size(); k++) {
      starts[k] = found.get(k)[0];
      lines[k] = found.get(k)[1];
    }
    return new Indexed(f, pkg, starts, lines);
  }

  /**
   * True when only blanks stand between the line's start and the offset. The expression's
   * {@code ^\s*} also spans blank lines: a keyword with blank lines before it is found all the same,
   * at the keyword's own line.
   */
  private static boolean atLineStart(String text, int offset) {
    int j = offset - 1;
    while (j >= 0 && isRegexSpace(text.charAt(j)) && !isLineTerminator(text.charAt(j))) {
      j--;
    }
    return j < 0 || isLineTerminator(text.charAt(j));
  }

  /** {@code "NAME"}, {@code 'NAME'} or {@code NAME} followed by a word boundary, at the offset. */
  private static boolean namedAt(String text, int at, String name) {
    if (at >= text.length()) {
      return false;
    }
    char q = text.charAt(at);
    if ((q == '"' || q == '\'') && text.startsWith(name, at + 1) && at + 1 + name.length() < text.length()
        && text.charAt(at + 1 + name.length()) == q) {
      return true;
    }
    if (!text.startsWith(name, at)) {
      return false;
    }
    int end = at + name.length();
    return WORD_BOUNDARY.matcher(text).region(end, text.length()).useTransparentBounds(true).lookingAt();
  }

  /** {@code \s} of {@link Pattern}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line terminators after which {@code ^} matches in {@link Pattern#MULTILINE} mode. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The regular expression itself: for names no file that compiles has, and for tests comparing the two. */
  static Located locateByRegex(List<RuleFile> files, String pkg, String ruleName) {
    Pattern rule = Pattern.compile("(?m)^\\s*rule\\s+(?:\"" + Pattern.quote(ruleName) + "\"|'"
        + Pattern.quote(ruleName) + "'|" + Pattern.quote(ruleName) + "\\b)");
    for (RuleFile f : files) {
      Matcher pm = PACKAGE.matcher(f.text());
      String filePkg = pm.find() ? pm.group(1) : "defaultpkg";
      if (!filePkg.equals(pkg)) {
        continue;
      }
      Matcher m = rule.matcher(f.text());
      if (m.find()) {
        return new Located(f.source(), f.concern(), lineOf(f.text(), m.start()) + leadingNewlines(m.group()));
      }
    }
    return UNKNOWN;
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int leadingNewlines(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}

package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.RuleProblem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Drools error into a {@link RuleProblem} with a real line. Drools reports unknown fields
 * and enum constants with line -1; those are found in the file by the name it complains about, and
 * the message names the nearest existing property or constant ("did you mean purpose?").
 */
final class DrlErrors {
  private DrlErrors() {}

  // "unable to resolve method using strict-mode: io.github...Statement.purpse()"
  private static final Pattern UNRESOLVED = Pattern.compile(
      "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  // "Unable to find @positional field 0 for class X" and similar messages naming a field
  private static final Pattern UNKNOWN_FIELD = Pattern.compile("[Uu]nknown field (\\w+) on ([\\w.$]+)");

  private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
  private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+) cannot be resolved");

  static RuleProblem problem(String file, String text, int line, int column, String message) {
    String clean = message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    // "[ERR 102] Line 8:0 mismatched input ..." -> "mismatched input ..."; the position is in the prefix.
    clean = clean.replaceFirst("^\\[ERR \\d+\\]\\s*Line \\d+:\\d+\\s*", "");
    if (line > 0) {
      // Consequence errors point at the rule's first line; find the offending name below it.
      Matcher method = UNDEFINED_METHOD.matcher(clean);
      Matcher unresolved = CANNOT_RESOLVE.matcher(clean);
      String name = method.find() ? method.group(1) : unresolved.find() ? unresolved.group(1) : null;
      if (name != null) {
        int[] where = find(text, name, line);
        if (where[0] > 0) {
          String hint = "";
          if (method.find(0)) {
            Class<?> owner = load("io.github.liaisonproject.rules.vocabulary." + method.group(2));
            if (owner != null) {
              hint = suggestion(name, java.util.Arrays.stream(owner.getMethods())
                  .filter(x -> x.getDeclaringClass() != Object.class).map(Method::getName).distinct().toList());
            }
          }
          String shortened = clean.replaceFirst("^Rule Compilation error\\s*", "");
          return new RuleProblem(file, where[0], where[1], shortened + hint);
        }
      }
      // Drools columns are 0-based character offsets; problems are 1-based like compilers'.
      return new RuleProblem(file, line, Math.max(column, 0) + 1, clean);
    }
    String owner = null;
    String member = null;
    Matcher m = UNRESOLVED.matcher(clean);
    if (m.find()) {
      owner = m.group(1);
      member = m.group(2);
    } else {
      Matcher u = UNKNOWN_FIELD.matcher(clean);
      if (u.find()) {
        member = u.group(1);
        owner = u.group(2);
      }
    }
    if (member == null) {
      return new RuleProblem(file, 0, 0, clean);
    }
    int[] where = find(text, member);
    String explained = explain(owner, member);
    String rule = ruleAt(text, where[0]);
    return new RuleProblem(file, where[0], where[1], explained + (rule == null ? "" : " (in rule \"" + rule + "\")"));
  }

  /** "unknown field purpse on Statement; did you mean purpose?" or the enum-constant equivalent. */
  static String explain(String ownerName, String member) {
    Class<?> owner = load(ownerName);
    String simple = ownerName.substring(ownerName.lastIndexOf('.') + 1);
    if (owner != null && owner.isEnum()) {
      List<String> constants = new ArrayList<>();
      for (Object c : owner.getEnumConstants()) {
        constants.add(((Enum<?>) c).name());
      }
      return "unknown constant " + member + " of " + simple + suggestion(member, constants)
          + "; known: " + String.join(", ", constants);
    }
    List<String> properties = owner == null ? List.of() : properties(owner);
    return "unknown field " + member + " on " + simple + suggestion(member, properties);
  }

  private static String suggestion(String wrong, List<String> candidates) {
    return Suggestions.nearest(wrong, candidates).map(c -> "; did you mean " + c + "?").orElse("");
  }


  /** The bean properties rules can use on a class: getX/isX/hasX as x, plus public no-argument methods. */
  static List<String> properties(Class<?> type) {
    TreeSet<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String n = method.getName();
      for (String prefix : new String[] {"get", "is"}) {
        if (n.startsWith(prefix) && n.length() > prefix.length() && Character.isUpperCase(n.charAt(prefix.length()))) {
          names.add(Character.toLowerCase(n.charAt(prefix.length())) + n.substring(prefix.length() + 1));
        }
      }
      names.add(n);
    }
    return new ArrayList<>(names);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, DrlErrors.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The 1-based line and column of the first use of a name in rule code (not comments or strings). */
  static int[] find(String text, String name) {
    return find(text, name, 1);
  }

  /** As {@link #find(String, String)}, searching from a 1-based line on. */
  static int[] find(String text, String name, int fromLine) {
    String[] lines = text.split("\n", -1);
    Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
    boolean inBlockComment = false;
    for (int i = 0; i < lines.length; i++) {
      String code = lines[i];
      if (inBlockComment) {
        int end = code.indexOf("*/");
        if (end < 0) {
          continue;
        }
        code = " ".repeat(end + 2) + code.substring(end + 2);
        inBlockComment = false;
      }
      code = blankStringsAndComments(code);
      int open = code.indexOf("/*");
      if (open >= 0 && code.indexOf("*/", open) < 0) {
        code = code.substring(0, open);
        inBlockComment = true;
      }
      Matcher m = word.matcher(code);
      if (i + 1 >= fromLine && m.find()) {
        return new int[] {i + 1, m.start() + 1};
      }
    }
    return new int[] {0, 0};
  }

  private static String blankStringsAndComments(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!inString && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        break;
      }
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
        sb.append(c);
        continue;
      }
      sb.append(inString ? ' ' : c);
    }
    return sb.toString();
  }

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

  /** The name of the rule whose text holds the line, or null. */
  static String ruleAt(String text, int line) {
    if (line <= 0) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = RULE.matcher(lines[i]);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}

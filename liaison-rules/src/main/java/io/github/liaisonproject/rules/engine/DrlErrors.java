package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.RuleProblem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Drools error into a {@link RuleProblem} at the offending name's own line and column.
 * MVEL reports every unknown name in a constraint as "unable to resolve method using strict-mode:
 * ...Statement.purpse()", at the pattern's line or at line -1; those become {@code unknown property
 * "purpse" of Statement; did you mean "purpose"?} (or method, constant, fact type) with the nearest
 * existing name ({@link Suggestions#nearest}).
 */
final class DrlErrors {
  private DrlErrors() {}

  // "unable to resolve method using strict-mode: io.github...Statement.purpse()": MVEL's words for an
  // unknown property (purpse == null), a bare unknown boolean (outgoin), an unknown method
  // (subject.lenght()) and an unknown enum constant (Purpose.FOR_ACTON) alike.
  private static final Pattern UNRESOLVED = Pattern.compile(
      "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  // "Unable to find @positional field 0 for class X" and similar messages naming a field
  private static final Pattern UNKNOWN_FIELD = Pattern.compile("[Uu]nknown field (\\w+) on ([\\w.$]+)");
  // "[Near : {... purpse == Purpose.FOR_ACTION ....}]": the expression as MVEL saw it
  private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.\\}\\]");
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\.(\\w+)\\s*;?");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

  private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
  private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+) cannot be resolved");

  /**
   * One Drools message as a problem at the right place. Messages about an unknown name (property,
   * method, constant, fact type) become {@code unknown property "purpse" of Statement; did you mean
   * "purpose"?} at the name's own line and column, whatever line Drools gave (its line is the
   * pattern's, or -1 for some constraints).
   */
  static RuleProblem problem(String file, String text, int line, int column, String message) {
    String clean = message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    // "[ERR 102] Line 8:0 mismatched input ..." -> "mismatched input ..."; the position is in the prefix.
    clean = clean.replaceFirst("^\\[ERR \\d+\\]\\s*Line \\d+:\\d+\\s*", "");
    RuleProblem unknown = unknownName(file, text, line, clean);
    if (unknown != null) {
      return unknown;
    }
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
    return new RuleProblem(file, 0, 0, clean);
  }

  /** An unknown property, method, constant or fact type, explained at its place; null for other messages. */
  private static RuleProblem unknownName(String file, String text, int line, String clean) {
    Matcher type = UNKNOWN_TYPE.matcher(clean);
    if (type.find()) {
      String name = type.group(1);
      int[] where = find(text, name, Math.max(line, 1));
      if (where[0] == 0) {
        where = find(text, name);
      }
      List<String> imported = new ArrayList<>();
      Matcher i = IMPORT.matcher(text);
      while (i.find()) {
        imported.add(i.group(2));
      }
      String rule = ruleAt(text, where[0]);
      return new RuleProblem(file, where[0], where[1], "unknown fact type \"" + name + "\""
          + Suggestions.nearest(name, imported).map(c -> "; did you mean \"" + c + "\"?")
              .orElse("; import it (the rule vocabulary is io.github.liaisonproject.rules.vocabulary)")
          + inRule(rule));
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
      return null;
    }
    Matcher near = NEAR.matcher(clean);
    int[] where = line > 0 ? find(text, member, line) : new int[] {0, 0};
    if (where[0] == 0) {
      where = findNear(text, member, near.find() ? near.group(1) : "");
    }
    boolean call = where[0] > 0 && followedByParenthesis(text, where);
    return new RuleProblem(file, where[0], where[1], explain(owner, member, call) + inRule(ruleAt(text, where[0])));
  }

  private static String inRule(String rule) {
    return rule == null ? "" : " (in rule \"" + rule + "\")";
  }

  /**
   * {@code unknown property "purpse" of Statement; did you mean "purpose"?}, or the same for a
   * method ({@code subject.lenght()}) or an enum constant.
   */
  static String explain(String ownerName, String member, boolean call) {
    Class<?> owner = load(ownerName);
    String simple = ownerName.substring(ownerName.lastIndexOf('.') + 1);
    if (owner != null && owner.isEnum()) {
      List<String> constants = new ArrayList<>();
      for (Object c : owner.getEnumConstants()) {
        constants.add(((Enum<?>) c).name());
      }
      return "unknown constant \"" + member + "\" of " + simple + suggestion(member, constants)
          + " (known: " + String.join(", ", constants) + ")";
    }
    if (call) {
      List<String> methods = owner == null ? List.of() : java.util.Arrays.stream(owner.getMethods())
          .filter(x -> x.getDeclaringClass() != Object.class).map(Method::getName).distinct().toList();
      return "unknown method \"" + member + "\" of " + simple + suggestion(member, methods);
    }
    List<String> properties = owner == null ? List.of() : properties(owner);
    return "unknown property \"" + member + "\" of " + simple + suggestion(member, properties);
  }

  private static String suggestion(String wrong, List<String> candidates) {
    return Suggestions.nearest(wrong, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
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

  /**
   * The use of a name that best matches the expression MVEL quotes (it may reorder it: {@code
   * Purpose.FOR_ACTION == purpse} for {@code purpse == Purpose.FOR_ACTION}): the line holding the
   * name and most of the expression's other names; the first use when none stands out.
   */
  static int[] findNear(String text, String name, String expression) {
    Set<String> wanted = new HashSet<>();
    Matcher id = IDENTIFIER.matcher(expression);
    while (id.find()) {
      wanted.add(id.group());
    }
    int[] best = {0, 0};
    int bestScore = -1;
    int from = 1;
    while (true) {
      int[] at = find(text, name, from);
      if (at[0] == 0) {
        return best;
      }
      String code = blankStringsAndComments(text.split("\n", -1)[at[0] - 1]);
      int score = 0;
      Matcher words = IDENTIFIER.matcher(code);
      Set<String> seen = new HashSet<>();
      while (words.find()) {
        if (wanted.contains(words.group()) && seen.add(words.group())) {
          score++;
        }
      }
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
      from = at[0] + 1;
    }
  }

  private static boolean followedByParenthesis(String text, int[] where) {
    String l = text.split("\n", -1)[where[0] - 1];
    int i = where[1] - 1;
    while (i < l.length() && (Character.isJavaIdentifierPart(l.charAt(i)))) {
      i++;
    }
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i < l.length() && l.charAt(i) == '(';
  }

  /**
   * Drools reports some mistakes more than once, in different words ("Unable to Analyse
   * Expression", "Unable to analyze expression"): the same problem once, and a vaguer one left out
   * where a clearer problem was found on the same line.
   */
  static List<RuleProblem> tidy(List<RuleProblem> problems) {
    Set<String> clear = new HashSet<>();
    for (RuleProblem p : problems) {
      if (p.message().startsWith("unknown ")) {
        clear.add(p.file() + ":" + p.line());
      }
    }
    List<RuleProblem> out = new ArrayList<>();
    for (RuleProblem p : problems) {
      boolean vague = p.message().startsWith("Unable to analyze expression") && clear.contains(p.file() + ":" + p.line());
      if (!vague && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
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

package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule file before it is compiled, because rule files are code: DRL can call any Java.
 * A file that breaks a check is refused, each violation reported like a compile error.
 *
 * <p>What the lint guarantees, for files that pass it:
 * <ul>
 *   <li>Imports name only types of the model ({@code io.github.liaisonproject.model}, not its
 *       {@code io} or {@code samples} sub-packages), the rule vocabulary
 *       ({@code io.github.liaisonproject.rules.vocabulary}), the result types rules pass to
 *       {@code report} ({@code Due}, {@code Eligibility}, {@code Responsible}, {@code Severity},
 *       {@code Approver}, {@code Citation}), and {@code java.time} and {@code java.util} (not their
 *       sub-packages); no static, function or accumulate imports.
 *   <li>Code names no fully qualified type ({@code java.io.File}), not even split across lines or
 *       comments ({@code javax\n  .naming.InitialContext}), so nothing beyond the imports is reachable.
 *   <li>No class literals ({@code String.class}), resource loading, system-property reads
 *       ({@code Integer.getInteger}, {@code Long.getLong}, {@code Boolean.getBoolean}),
 *       {@code ResourceBundle}, {@code ServiceLoader}, {@code StackWalker} or {@code ModuleLayer}.
 *   <li>Only the default Java dialect: no {@code dialect} (MVEL has loops of its own: {@code until},
 *       {@code foreach}); no {@code timer} or {@code calendars} attributes (rules do not schedule work).
 *   <li>No call into System, Runtime, processes, threads, reflection, class loading, method handles,
 *       files, the network, serialization or script engines; no reading the clock ({@code now},
 *       {@code Clock}); no {@code eval}; no unicode escapes (which could spell any of these).
 *   <li>No access to the engine ({@code drools}, {@code getKieRuntime}, {@code insert},
 *       {@code modify}, {@code update}, {@code delete}, {@code retract}, {@code halt}): rules report
 *       only through {@code report}; the one global is {@code report}.
 *   <li>No loops or functions ({@code for}, {@code while}, {@code do}, {@code function}), so rule
 *       code always terminates.
 * </ul>
 * What it does not guarantee: that rules are right, or cheap (a condition can still match many
 * facts); methods of the allowed types are trusted, so the model and vocabulary must stay free of
 * dangerous methods. The lint reads the text; it is a guard against mistakes and casual abuse, not
 * a sandbox proven against every trick of the DRL and Java grammars: run untrusted authors' files
 * in a process without secrets.
 */
public final class RuleLint {
  private RuleLint() {}

  private static final List<Pattern> ALLOWED_IMPORTS = List.of(
      Pattern.compile("io\\.github\\.liaisonproject\\.model\\.(?:[A-Z]\\w*|validation\\.[A-Z]\\w*|\\*)"),
      Pattern.compile("io\\.github\\.liaisonproject\\.rules\\.vocabulary\\.(?:[A-Z]\\w*(?:\\.[A-Z]\\w*)?|\\*)"),
      Pattern.compile("io\\.github\\.liaisonproject\\.rules\\.(?:Due|Eligibility|Responsible|Severity|Approver|Citation)"),
      Pattern.compile("java\\.time\\.(?:[A-Z]\\w*|\\*)"),
      Pattern.compile("java\\.util\\.(?:[A-Z]\\w*|\\*)"));

  /** Forbidden names, each with the reason given to the author. */
  private static final Map<String, String> FORBIDDEN = Map.ofEntries(
      Map.entry("System", "System is not available to rules"),
      Map.entry("Runtime", "Runtime is not available to rules"),
      Map.entry("ProcessBuilder", "rules cannot start processes"),
      Map.entry("Process", "rules cannot start processes"),
      Map.entry("ProcessHandle", "rules cannot see processes"),
      Map.entry("exec", "rules cannot start processes"),
      Map.entry("exit", "rules cannot stop the host"),
      Map.entry("Thread", "rules cannot use threads"),
      Map.entry("ThreadGroup", "rules cannot use threads"),
      Map.entry("Executors", "rules cannot use threads"),
      Map.entry("Class", "rules cannot use reflection"),
      Map.entry("ClassLoader", "rules cannot load classes"),
      Map.entry("forName", "rules cannot load classes"),
      Map.entry("getClass", "rules cannot use reflection"),
      Map.entry("getClassLoader", "rules cannot load classes"),
      Map.entry("reflect", "rules cannot use reflection"),
      Map.entry("invoke", "rules cannot use reflection"),
      Map.entry("getMethod", "rules cannot use reflection"),
      Map.entry("getDeclaredMethod", "rules cannot use reflection"),
      Map.entry("getDeclaredField", "rules cannot use reflection"),
      Map.entry("setAccessible", "rules cannot use reflection"),
      Map.entry("MethodHandles", "rules cannot use method handles"),
      Map.entry("MethodHandle", "rules cannot use method handles"),
      Map.entry("Unsafe", "rules cannot use Unsafe"),
      Map.entry("File", "rules cannot use files"),
      Map.entry("Files", "rules cannot use files"),
      Map.entry("Path", "rules cannot use files"),
      Map.entry("Paths", "rules cannot use files"),
      Map.entry("FileInputStream", "rules cannot use files"),
      Map.entry("FileOutputStream", "rules cannot use files"),
      Map.entry("FileReader", "rules cannot use files"),
      Map.entry("FileWriter", "rules cannot use files"),
      Map.entry("RandomAccessFile", "rules cannot use files"),
      Map.entry("URL", "rules cannot use the network"),
      Map.entry("URLConnection", "rules cannot use the network"),
      Map.entry("HttpClient", "rules cannot use the network"),
      Map.entry("Socket", "rules cannot use the network"),
      Map.entry("ServerSocket", "rules cannot use the network"),
      Map.entry("DatagramSocket", "rules cannot use the network"),
      Map.entry("InetAddress", "rules cannot use the network"),
      Map.entry("ObjectInputStream", "rules cannot deserialize objects"),
      Map.entry("ObjectOutputStream", "rules cannot serialize objects"),
      Map.entry("ScriptEngine", "rules cannot run scripts"),
      Map.entry("ScriptEngineManager", "rules cannot run scripts"),
      Map.entry("eval", "eval is not allowed: write the condition as a pattern constraint"),
      Map.entry("now", "rules never read the clock: use the statement's asOf date"),
      Map.entry("Clock", "rules never read the clock: use the statement's asOf date"),
      Map.entry("currentTimeMillis", "rules never read the clock: use the statement's asOf date"),
      Map.entry("nanoTime", "rules never read the clock: use the statement's asOf date"),
      Map.entry("Date", "rules never read the clock: use java.time.LocalDate and the statement's asOf date"),
      Map.entry("Calendar", "rules never read the clock: use java.time.LocalDate and the statement's asOf date"),
      Map.entry("GregorianCalendar", "rules never read the clock: use java.time.LocalDate and the statement's asOf date"),
      Map.entry("Timer", "rules cannot schedule work"),
      Map.entry("Random", "rules are deterministic: no randomness"),
      Map.entry("random", "rules are deterministic: no randomness"),
      Map.entry("randomUUID", "rules are deterministic: no randomness"),
      Map.entry("drools", "rules report through report(...) with kcontext, not the engine"),
      Map.entry("getKieRuntime", "rules report through report(...), not the engine"),
      Map.entry("getKnowledgeRuntime", "rules report through report(...), not the engine"),
      Map.entry("getWorkingMemory", "rules report through report(...), not the engine"),
      Map.entry("insert", "rules report through report(...); they do not insert facts"),
      Map.entry("insertLogical", "rules report through report(...); they do not insert facts"),
      Map.entry("modify", "rules report through report(...); they do not change facts"),
      Map.entry("update", "rules report through report(...); they do not change facts"),
      Map.entry("delete", "rules report through report(...); they do not delete facts"),
      Map.entry("retract", "rules report through report(...); they do not delete facts"),
      Map.entry("halt", "rules cannot stop the engine"),
      Map.entry("function", "functions are not allowed: rules need none, and they could loop"),
      Map.entry("for", "loops are not allowed in rule files"),
      Map.entry("while", "loops are not allowed in rule files"),
      Map.entry("do", "loops are not allowed in rule files"),
      Map.entry("until", "loops are not allowed in rule files"),
      Map.entry("foreach", "loops are not allowed in rule files"),
      Map.entry("class", "class literals are not allowed: rules cannot use reflection or load resources"),
      Map.entry("getResource", "rules cannot load resources"),
      Map.entry("getResourceAsStream", "rules cannot load resources"),
      Map.entry("getSystemResource", "rules cannot load resources"),
      Map.entry("getSystemResourceAsStream", "rules cannot load resources"),
      Map.entry("getModule", "rules cannot use reflection"),
      Map.entry("getInteger", "rules cannot read system properties"),
      Map.entry("getLong", "rules cannot read system properties"),
      Map.entry("getBoolean", "rules cannot read system properties"),
      Map.entry("ResourceBundle", "rules cannot load classes or resources by name"),
      Map.entry("ServiceLoader", "rules cannot load classes"),
      Map.entry("StackWalker", "rules cannot use reflection"),
      Map.entry("ModuleLayer", "rules cannot use reflection"),
      Map.entry("dialect", "rule files use the default Java dialect: MVEL has loops of its own and is not checked"),
      Map.entry("timer", "rules cannot schedule work: no timer attribute"),
      Map.entry("calendars", "rules cannot schedule work: no calendars attribute"));

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+|function\\s+|accumulate\\s+)?([\\w.*]+)\\s*;?\\s*$");
  private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s+([\\w.]+)\\s+(\\w+)\\s*;?\\s*$");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net|kotlin|groovy)\\s*\\.\\s*[a-z]");

  /** Every violation in the file, in line order; empty when it passes. */
  public static List<RuleProblem> check(RuleFile file) {
    List<RuleProblem> problems = new ArrayList<>();
    String text = file.text();
    if (text.contains("\\u")) {
      int[] at = position(text, text.indexOf("\\u"));
      problems.add(new RuleProblem(file.source(), at[0], at[1],
          "unicode escapes are not allowed in rule files: write the character itself"));
    }
    String code = code(text);
    String[] lines = code.split("\n", -1);
    problems.addAll(qualifiedNames(file, lines));
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      if (line.isBlank()) {
        continue;
      }
      Matcher imp = IMPORT.matcher(line);
      if (line.trim().startsWith("import")) {
        if (!imp.matches()) {
          problems.add(new RuleProblem(file.source(), n, 1, "unreadable import; write: import io.github.liaisonproject.model.Purpose;"));
        } else if (imp.group(1) != null) {
          problems.add(new RuleProblem(file.source(), n, 1, imp.group(1).trim() + " imports are not allowed in rule files"));
        } else if (ALLOWED_IMPORTS.stream().noneMatch(p -> p.matcher(imp.group(2)).matches())) {
          problems.add(new RuleProblem(file.source(), n, line.indexOf(imp.group(2)) + 1, "import of " + imp.group(2)
              + " is not allowed: rule files may import the model (io.github.liaisonproject.model), the rule vocabulary"
              + " (io.github.liaisonproject.rules.vocabulary), Due, Eligibility, Responsible, Severity, java.time and java.util"));
        }
        continue;
      }
      Matcher g = GLOBAL.matcher(line);
      if (line.trim().startsWith("global")) {
        if (!g.matches() || !g.group(2).equals("report") || !(g.group(1).equals("Report")
            || g.group(1).equals("io.github.liaisonproject.rules.vocabulary.Report"))) {
          problems.add(new RuleProblem(file.source(), n, 1,
              "the only global a rule file may declare is: global Report report;"));
        }
        continue;
      }
      if (line.trim().startsWith("package")) {
        continue;
      }
      Matcher w = WORD.matcher(line);
      while (w.find()) {
        String reason = FORBIDDEN.get(w.group());
        if (reason != null && !isMetadataOrDeclaration(line, w.start()) && !isDueNow(line, w.start(), w.group())) {
          problems.add(new RuleProblem(file.source(), n, w.start() + 1, w.group() + ": " + reason));
        }
      }
    }
    problems.sort(java.util.Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
    return problems;
  }

  /**
   * Fully qualified names in rule code, also when split across lines or by comments (Java allows
   * {@code javax\n  .naming.InitialContext}): the code lines joined, with import, global and
   * package lines blanked, since those name types by design and are checked on their own.
   */
  private static List<RuleProblem> qualifiedNames(RuleFile file, String[] lines) {
    StringBuilder joined = new StringBuilder();
    for (String line : lines) {
      String t = line.trim();
      boolean declaration = t.startsWith("import") || t.startsWith("global") || t.startsWith("package");
      joined.append(declaration ? " ".repeat(line.length()) : line).append('\n');
    }
    List<RuleProblem> found = new ArrayList<>();
    Matcher q = QUALIFIED.matcher(joined);
    while (q.find()) {
      int[] at = position(joined.toString(), q.start());
      found.add(new RuleProblem(file.source(), at[0], at[1],
          "fully qualified names are not allowed in rule code: import an allowed type instead"));
    }
    return found;
  }

  /** {@code Due.now()} is the vocabulary's "due at once", not a clock read. */
  private static boolean isDueNow(String line, int start, String word) {
    return word.equals("now") && line.substring(0, start).replaceAll("\\s+", "").endsWith("Due.");
  }

  /** A word right after "@" is a metadata key (@update would still be caught as a word elsewhere). */
  private static boolean isMetadataOrDeclaration(String line, int start) {
    return start > 0 && line.charAt(start - 1) == '@';
  }

  /** The text with comments removed and string literal contents blanked, positions kept. */
  static String code(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          sb.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
          sb.append(text.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        if (i < n) {
          sb.append("  ");
          i += 2;
        }
      } else if (c == '"' || c == '\'') {
        char quote = c;
        sb.append(c);
        i++;
        while (i < n && text.charAt(i) != quote && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
            sb.append("  ");
            i += 2;
            continue;
          }
          sb.append(' ');
          i++;
        }
        if (i < n && text.charAt(i) == quote) {
          sb.append(quote);
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static int[] position(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }
}

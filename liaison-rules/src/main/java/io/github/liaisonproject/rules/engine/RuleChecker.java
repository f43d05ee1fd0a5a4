package io.github.liaisonproject.rules.engine;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import io.github.liaisonproject.model.io.Suggestions;
import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.vocabulary.Report;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The author-file checker: parses a rule file with Drools' own parsers (the DRL parser for the
 * file, and for conditions and consequences the very parsers the executable model compiles them
 * with) and checks the parse tree against an allow-list generated from the rule vocabulary
 * ({@link AuthorVocabulary}). Everything not on the list is refused with file:line:column and what
 * is allowed instead.
 *
 * <p>Allowed: imports of vocabulary, model and rules types and of the few JDK value types; the one
 * global {@code report}; rules with the metadata {@code @id}, {@code @section}, {@code @severity},
 * {@code @explanation} (plain string literals), the attributes {@code salience} (an integer),
 * {@code no-loop}, {@code lock-on-active}, {@code activation-group} (a string); patterns of fact
 * types, {@code not}, {@code exists}, {@code forall}, {@code and}, {@code or}, {@code from} a
 * vocabulary expression, {@code collect} of fact patterns, {@code accumulate} of fact patterns with
 * {@code count}, {@code sum}, {@code min}, {@code max}, {@code average}, {@code collectList},
 * {@code collectSet}; in conditions and consequences: literals, operators ({@code contains},
 * {@code memberOf}, {@code in} too), bindings, properties and methods of vocabulary types;
 * consequences of {@code report} calls, local variables of allowed types, {@code if}, and
 * {@code insert} / {@code delete} of derived vocabulary facts ({@code Vocabulary.DERIVED}) only.
 *
 * <p>Refused, among everything else: functions, queries, declared types, windows, entry points,
 * other globals, {@code eval}, {@code new}, casts, lambdas, method references, class literals,
 * arrays, {@code instanceof}, fully qualified names, static calls outside the vocabulary,
 * loops, {@code try}, {@code throw}, {@code return}, {@code modify}, text blocks, unicode
 * escapes, control characters (other than tab and line breaks) and bidi controls (which make the
 * text read differently by different parsers, or by a person), the {@code dialect},
 * {@code timer}, {@code calendars}, {@code enabled}, {@code date-*}, {@code duration} attributes,
 * and the engine ({@code drools}, {@code kcontext} other than as the first argument of a
 * {@code report} call).
 */
public final class RuleChecker {
  private RuleChecker() {}

  static final Set<String> METADATA = Set.of("id", "section", "severity", "explanation");
  static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "activation-group");
  static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
      "collectSet");
  static final Set<String> OPERATORS = Set.of("contains", "memberOf", "in", "excludes");
  private static final String ALLOWED_IMPORTS = "rule files import only vocabulary types"
      + " (io.github.liaisonproject.rules.vocabulary), model types (io.github.liaisonproject.model),"
      + " the rules' result types (Due, Responsible, Eligibility, Severity, Approver, Citation) and"
      + " String, List, Set, Collection, Optional, LocalDate, DayOfWeek, Month, ChronoUnit: see docs/vocabulary.md";

  /** Every violation in the file, in line order; empty when it passes. */
  public static List<RuleProblem> check(RuleFile file) {
    return check(file, AuthorVocabulary.get());
  }

  /** As {@link #check(RuleFile)}, against another allow-list (tests: a registry with a probe class). */
  static List<RuleProblem> check(RuleFile file, AuthorVocabulary vocabulary) {
    return new FileCheck(file, vocabulary).run();
  }

  private static final class FileCheck {
    private final RuleFile file;
    private final String text;
    private final AuthorVocabulary vocabulary;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, Class<?>> types = new HashMap<>();
    private String ruleName;

    FileCheck(RuleFile file, AuthorVocabulary vocabulary) {
      this.file = file;
      this.vocabulary = vocabulary;
      this.text = file.text();
      types.put("String", String.class);
    }

    List<RuleProblem> run() {
      for (int i = 0; i < text.length();) {
        int cp = text.codePointAt(i);
        if (hidden(cp)) {
          problem(i, String.format("the character U+%04X is not allowed in rule files: control and bidi characters"
              + " make the text read differently from what it does (and reach terminals raw); write visible text", cp));
          break;
        }
        i += Character.charCount(cp);
      }
      int escape = text.indexOf("\\u");
      if (escape >= 0) {
        problem(escape, "unicode escapes are not allowed in rule files: write the character itself");
      }
      int block = text.indexOf("\"\"\"");
      if (block >= 0) {
        problem(block, "text blocks (\"\"\") are not allowed in rule files: write a \"string\" on one line,"
            + " joined with + when it is long");
      }
      if (!problems.isEmpty()) {
        return sorted();
      }
      DrlParser parser = new DrlParser();
      PackageDescr pkg;
      try {
        pkg = parser.parse(false, text);
      } catch (Exception e) {
        problems.add(new RuleProblem(file.source(), 1, 1, "cannot read the rule file: " + e.getMessage()));
        return sorted();
      }
      if (parser.hasErrors() || pkg == null) {
        for (DroolsError e : parser.getErrors()) {
          int line = e instanceof ParserError pe ? pe.getRow() : 0;
          int col = e instanceof ParserError pe ? pe.getCol() : 0;
          problems.add(DrlErrors.problem(file.source(), text, line, col, e.getMessage()));
        }
        if (problems.isEmpty()) {
          problems.add(new RuleProblem(file.source(), 1, 1, "cannot read the rule file"));
        }
        return sorted();
      }
      checkPackage(pkg);
      return sorted();
    }

    /**
     * Control characters other than tab and line breaks, and the bidi controls of "Trojan Source"
     * (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069).
     */
    private static boolean hidden(int cp) {
      if (cp == '\t' || cp == '\n' || cp == '\r') {
        return false;
      }
      return Character.getType(cp) == Character.CONTROL || cp == 0x061C || cp == 0x200E || cp == 0x200F
          || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private List<RuleProblem> sorted() {
      problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
      return List.copyOf(problems);
    }

    // ---- the file's structure -----------------------------------------------------------------

    private void checkPackage(PackageDescr pkg) {
      for (AttributeDescr a : pkg.getAttributes()) {
        at(a, a.getName(), "package attributes (" + a.getName() + ") are not allowed: rule files use the"
            + " default Java dialect and give attributes per rule (salience, no-loop, lock-on-active, activation-group)");
      }
      for (ImportDescr i : pkg.getImports()) {
        checkImport(i);
      }
      pkg.getFunctionImports().forEach(f -> at(f, "import", "function imports are not allowed: " + ALLOWED_IMPORTS));
      pkg.getAccumulateImports().forEach(f -> at(f, "import", "accumulate imports are not allowed: use count, sum,"
          + " min, max, average, collectList or collectSet"));
      pkg.getFunctions().forEach(f -> at(f, "function", "functions are not allowed in rule files: write the"
          + " condition in the rule, with the vocabulary's properties"));
      pkg.getTypeDeclarations().forEach(t -> at(t, "declare", "declared types are not allowed: rules use the"
          + " vocabulary's fact types (docs/vocabulary.md)"));
      pkg.getEnumDeclarations().forEach(t -> at(t, "declare", "declared enums are not allowed: rules use the"
          + " vocabulary's types (docs/vocabulary.md)"));
      pkg.getEntryPointDeclarations().forEach(t -> at(t, "declare", "entry points are not allowed in rule files"));
      pkg.getWindowDeclarations().forEach(t -> at(t, "declare", "windows are not allowed in rule files"));
      for (GlobalDescr g : pkg.getGlobals()) {
        String type = g.getType();
        if (!g.getIdentifier().equals("report") || !(type.equals("Report") && types.get("Report") == Report.class
            || type.equals(Report.class.getName()))) {
          at(g, "global", "the only global a rule file may declare is: global Report report;");
        }
      }
      for (RuleDescr r : pkg.getRules()) {
        ruleName = r.getName();
        if (r.isQuery()) {
          at(r, "query", "queries are not allowed in rule files: write a rule that reports through report");
          continue;
        }
        checkRule(r);
      }
    }

    private void checkImport(ImportDescr i) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        String pkgName = target.substring(0, target.length() - 2);
        if (pkgName.equals(AuthorVocabulary.VOCABULARY_PACKAGE) || pkgName.equals(AuthorVocabulary.MODEL_PACKAGE)) {
          for (Class<?> c : vocabulary.valueTypes()) {
            if (c.getPackageName().equals(pkgName) && c.getEnclosingClass() == null) {
              types.putIfAbsent(c.getSimpleName(), c);
            }
          }
        } else {
          at(i, target, "import of " + target + " is not allowed: " + ALLOWED_IMPORTS);
        }
        return;
      }
      Class<?> c = load(target);
      if (c == null || !vocabulary.isValueType(c) || c.isInterface() && !isJdkValue(c) && !vocabulary.valueTypes().contains(c)) {
        at(i, target, "import of " + target + " is not allowed: " + ALLOWED_IMPORTS);
        return;
      }
      types.put(c.getSimpleName(), c);
    }

    private static boolean isJdkValue(Class<?> c) {
      return c.getPackageName().startsWith("java.");
    }

    private Class<?> load(String name) {
      String n = name;
      for (int k = 0; k < 4; k++) {
        try {
          return Class.forName(n, false, Report.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          int dot = n.lastIndexOf('.');
          if (dot < 0) {
            return null;
          }
          n = n.substring(0, dot) + "$" + n.substring(dot + 1);
        }
      }
      return null;
    }

    private void checkRule(RuleDescr r) {
      int ruleStart = Math.max(0, r.getStartCharacter());
      for (AnnotationDescr a : r.getAnnotations()) {
        int where = indexAfter("@" + a.getName(), ruleStart);
        if (!METADATA.contains(a.getName())) {
          problem(where, "@" + a.getName() + " is not allowed: rule metadata is @id, @section, @severity and"
              + " @explanation, each with a plain \"string\"");
          continue;
        }
        Map<String, Object> values = a.getValueMap();
        Object v = values.size() == 1 ? values.get("value") : null;
        if (!(v instanceof String s) || !plainStringLiteral(s)) {
          problem(where, "@" + a.getName() + " takes one plain \"string\" literal: Drools would evaluate anything"
              + " else as code when the file is compiled");
        }
      }
      for (AttributeDescr a : r.getAttributes().values()) {
        int where = indexAfter(a.getName(), ruleStart);
        if (!ATTRIBUTES.contains(a.getName())) {
          problem(where, a.getName() + " is not allowed: the rule attributes allowed are salience (a whole number),"
              + " no-loop, lock-on-active and activation-group (rules do not schedule work, read the clock or"
              + " change dialect)");
        } else if (a.getName().equals("salience") && !a.getValue().trim().matches("-?\\d{1,9}")) {
          problem(where, "salience must be a whole number (e.g. salience -10), not an expression");
        } else if (a.getName().equals("activation-group") && a.getType() != AttributeDescr.Type.STRING) {
          problem(where, "activation-group takes a \"string\"");
        }
      }
      Map<String, Type> bindings = new LinkedHashMap<>();
      checkConditions(r.getLhs(), bindings, ruleStart);
      Object consequence = r.getConsequence();
      if (consequence != null && !consequence.toString().isBlank()) {
        checkConsequence(r, consequence.toString(), bindings, ruleStart);
      }
      if (!r.getNamedConsequences().isEmpty()) {
        problem(ruleStart, "named consequences (then[name], do[name]) are not allowed: write one rule per consequence");
      }
    }

    private static boolean plainStringLiteral(String s) {
      String t = s.trim();
      if (t.length() < 2 || !t.startsWith("\"") || !t.endsWith("\"")) {
        return false;
      }
      try {
        return com.github.javaparser.StaticJavaParser.parseExpression(t) instanceof StringLiteralExpr;
      } catch (RuntimeException e) {
        return false;
      }
    }

    // ---- conditions ---------------------------------------------------------------------------

    private void checkConditions(BaseDescr d, Map<String, Type> bindings, int near) {
      if (d instanceof PatternDescr p) {
        checkPattern(p, bindings, near);
      } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
          || d instanceof ForallDescr) {
        for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
          checkConditions(child, bindings, near);
        }
      } else if (d instanceof org.drools.drl.ast.descr.EvalDescr) {
        at(d, "eval", "eval is not allowed: write the condition as a pattern constraint, e.g. Statement( outgoing )");
      } else if (d instanceof org.drools.drl.ast.descr.NamedConsequenceDescr
          || d instanceof org.drools.drl.ast.descr.ConditionalBranchDescr) {
        at(d, "do", "named consequences (do[name], if ... do) are not allowed: write one rule per consequence");
      } else {
        at(d, null, d.getClass().getSimpleName().replace("Descr", "") + " is not allowed in a condition: use"
            + " patterns of vocabulary facts with not, exists, forall, and, or, from, collect or accumulate");
      }
    }

    private void checkPattern(PatternDescr p, Map<String, Type> bindings, int near) {
      int start = p.getStartCharacter() >= 0 ? p.getStartCharacter() : near;
      PatternSourceDescr source = p.getSource();
      // accumulate( ...; $x : count(...) ) alone is a pattern of type Object holding the results
      Class<?> type = source instanceof AccumulateDescr && p.getObjectType().equals("Object") ? Object.class
          : resolveTypeName(p.getObjectType(), start);
      if (type == null) {
        return;
      }
      if (source == null) {
        if (!vocabulary.isFactType(type)) {
          problem(start, p.getObjectType() + " is not a fact type: patterns match "
              + names(vocabulary.factTypes()) + "; match other values with from, e.g. DocumentReference() from $s.documents");
        }
      } else if (source instanceof FromDescr from) {
        String expr = from.getDataSource().toString();
        int at = indexAfter(expr, start);
        Type t = checkExpression(expr, at, bindings, null);
        if (t != null && !Collection.class.isAssignableFrom(AuthorVocabulary.raw(t)) && !vocabulary.isValueType(AuthorVocabulary.raw(t))) {
          problem(at, "from takes a vocabulary value or collection, e.g. from $s.documents");
        }
      } else if (source instanceof CollectDescr collect) {
        if (!Collection.class.isAssignableFrom(type)) {
          problem(start, "collect gives a List, Set or Collection: write $l : List() from collect( ... )");
        }
        checkPattern(collect.getInputPattern(), new LinkedHashMap<>(bindings), start);
      } else if (source instanceof AccumulateDescr acc) {
        if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
            || acc.getResultCode() != null) {
          problem(start, "accumulate with init/action/reverse/result code is not allowed: use count, sum, min, max,"
              + " average, collectList or collectSet");
          return;
        }
        Map<String, Type> inner = new LinkedHashMap<>(bindings);
        checkConditions(acc.getInput(), inner, start);
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
          if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
            problem(indexAfter(f.getFunction(), start), f.getFunction() + " is not allowed in accumulate: use count,"
                + " sum, min, max, average, collectList or collectSet");
            continue;
          }
          for (String param : f.getParams()) {
            checkExpression(param, indexAfter(param, start), inner, null);
          }
          if (f.getBind() != null) {
            bindings.put(f.getBind(), switch (f.getFunction()) {
              case "count" -> Long.class;
              case "collectList" -> List.class;
              case "collectSet" -> Set.class;
              default -> Double.class;
            });
          }
        }
      } else {
        problem(start, "this source is not allowed: patterns match facts, or values from a vocabulary expression"
            + " (from $s.documents), collect or accumulate; entry points and windows are not");
        return;
      }
      if (p.getIdentifier() != null) {
        bindings.put(p.getIdentifier(), type);
      }
      for (BaseDescr c : p.getDescrs()) {
        if (c instanceof ExprConstraintDescr e) {
          int at = e.getStartCharacter() >= 0 ? e.getStartCharacter() : indexAfter(e.getExpression(), start);
          checkExpression(e.getExpression(), at, bindings, type);
        } else {
          at(c, null, "this constraint is not allowed: write field constraints such as outgoing, deadline == null");
        }
      }
    }

    /** Checks a condition or a from expression; returns its type (null when unknown). */
    private Type checkExpression(String expression, int offset, Map<String, Type> bindings, Class<?> self) {
      Expression parsed;
      try {
        parsed = DrlxParseUtil.parseExpression(expression);
      } catch (RuntimeException e) {
        problem(offset, "cannot read this condition: " + firstLine(e.getMessage()));
        return null;
      }
      Typer typer = new Typer(bindings, self, false, offset, 0, expression);
      if (parsed instanceof DrlxExpression dx) {
        Type t = typer.type(dx.getExpr());
        if (dx.getBind() != null) {
          bindings.put(dx.getBind().asString(), t);
        }
        return t;
      }
      return typer.type(parsed);
    }

    // ---- consequences -------------------------------------------------------------------------

    private void checkConsequence(RuleDescr r, String consequence, Map<String, Type> bindings, int ruleStart) {
      int thenAt = text.indexOf("then", ruleStart);
      int offset = thenAt < 0 ? ruleStart : text.indexOf(consequence, thenAt);
      if (offset < 0) {
        offset = thenAt + "then".length();
      }
      BlockStmt block;
      try {
        block = DrlxParseUtil.parseBlock(consequence);
      } catch (RuntimeException e) {
        problem(offset, "cannot read this consequence as Java: " + firstLine(e.getMessage()));
        return;
      }
      Map<String, Type> scope = new LinkedHashMap<>(bindings);
      scope.put("report", Report.class);
      scope.put("kcontext", RuleContext.class);
      // DrlxParseUtil.parseBlock parses "{\n" + text + "\n}": line 2 of the parse is line 1 of the text.
      Typer typer = new Typer(scope, null, true, offset, 1, consequence);
      typer.statement(block);
    }

    // ---- types and positions ------------------------------------------------------------------

    private Class<?> resolveTypeName(String name, int at) {
      Class<?> c = types.get(name);
      if (c != null) {
        return c;
      }
      if (name.contains(".")) {
        Class<?> outer = types.get(name.substring(0, name.indexOf('.')));
        if (outer != null) {
          Class<?> nested = load(outer.getName() + name.substring(name.indexOf('.')));
          if (nested != null && vocabulary.isValueType(nested)) {
            return nested;
          }
        }
        problem(at, "fully qualified names are not allowed in rule code (" + name + "): import an allowed type instead");
        return null;
      }
      Optional<String> near = Suggestions.nearest(name, types.keySet());
      if (near.isPresent()) {
        problem(at, "unknown fact type \"" + name + "\"; did you mean \"" + near.get() + "\"?");
        return null;
      }
      problem(at, "unknown type " + name + ": import it if it is a vocabulary type; " + ALLOWED_IMPORTS);
      return null;
    }

    private String names(Collection<Class<?>> classes) {
      return classes.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }

    private int indexAfter(String needle, int from) {
      int i = text.indexOf(needle, Math.max(0, from));
      return i < 0 ? Math.max(0, from) : i;
    }

    private void at(BaseDescr d, String word, String message) {
      int offset = d.getStartCharacter();
      if (offset < 0 && d.getLine() > 0) {
        offset = offsetOf(d.getLine(), Math.max(0, d.getColumn()) + 1);
      }
      if (word != null && offset >= 0) {
        int w = text.indexOf(word, offset);
        int lineEnd = text.indexOf('\n', offset);
        if (w >= 0 && (lineEnd < 0 || w < lineEnd)) {
          offset = w;
        }
      }
      problem(Math.max(0, offset), message);
    }

    private void problem(int offset, String message) {
      int[] lc = position(offset);
      String suffix = ruleName == null ? "" : " (in rule \"" + ruleName + "\")";
      problems.add(new RuleProblem(file.source(), lc[0], lc[1], message + suffix));
    }

    private int offsetOf(int line, int column) {
      int l = 1;
      int i = 0;
      while (l < line && i < text.length()) {
        if (text.charAt(i++) == '\n') {
          l++;
        }
      }
      return Math.min(text.length(), i + column - 1);
    }

    private int[] position(int offset) {
      int line = 1;
      int col = 1;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      return new int[] {line, col};
    }

    /**
     * Types an expression or a consequence, refusing what the vocabulary does not allow. Positions:
     * node ranges are relative to the parsed text, whose line {@code lineShift + 1} is the first
     * line of {@code source}, found at {@code base} in the file.
     */
    private final class Typer {
      private final Map<String, Type> scope;
      private final Class<?> self;
      private final boolean consequence;
      private final int base;
      private final int lineShift;
      private final String source;

      Typer(Map<String, Type> scope, Class<?> self, boolean consequence, int base, int lineShift, String source) {
        this.scope = scope;
        this.self = self;
        this.consequence = consequence;
        this.base = base;
        this.lineShift = lineShift;
        this.source = source;
      }

      void refuse(Node n, String message) {
        problem(offset(n), message);
      }

      int offset(Node n) {
        Optional<Range> r = n.getRange();
        if (r.isEmpty() || r.get().begin.line < 1) {
          // the DRL expression parser gives its nodes no range: find the node's name in the expression
          String name = n instanceof com.github.javaparser.ast.expr.SimpleName sn ? sn.asString()
              : n instanceof NameExpr ne ? ne.getNameAsString()
              : n instanceof FieldAccessExpr fa ? fa.getNameAsString()
              : n instanceof MethodCallExpr mc ? mc.getNameAsString() : null;
          java.util.regex.Matcher m = name == null ? null
              : java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])").matcher(source);
          return m != null && m.find() ? base + m.start() : base;
        }
        int line = r.get().begin.line - lineShift;
        int col = r.get().begin.column;
        if (line < 1) {
          return base;
        }
        int i = 0;
        int l = 1;
        while (l < line && i < source.length()) {
          if (source.charAt(i++) == '\n') {
            l++;
          }
        }
        return base + Math.min(source.length(), i + col - 1);
      }

      // -- statements (consequences)

      void statement(Statement s) {
        if (s instanceof BlockStmt b) {
          b.getStatements().forEach(this::statement);
        } else if (s instanceof EmptyStmt) {
          // nothing
        } else if (s instanceof IfStmt i) {
          type(i.getCondition());
          statement(i.getThenStmt());
          i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof ExpressionStmt e) {
          Expression x = e.getExpression();
          if (x instanceof VariableDeclarationExpr v) {
            declare(v);
          } else if (x instanceof MethodCallExpr || x instanceof AssignExpr a && a.getTarget() instanceof NameExpr
              && a.getOperator() == AssignExpr.Operator.ASSIGN) {
            type(x);
          } else {
            refuse(x, "a consequence holds report calls, local variables, if, and insert or delete of vocabulary facts");
          }
        } else {
          String kind = s.getClass().getSimpleName().replace("Stmt", "").replace("Statement", "").toLowerCase();
          refuse(s, kind + " statements are not allowed in a consequence: it holds report calls, local variables,"
              + " if, and insert or delete of vocabulary facts (no loops, try, throw, return or modify)");
        }
      }

      void declare(VariableDeclarationExpr v) {
        for (VariableDeclarator d : v.getVariables()) {
          Type declared = declaredType(d.getType(), d);
          Type init = d.getInitializer().map(this::type).orElse(null);
          scope.put(d.getNameAsString(), declared != null ? declared : init);
        }
      }

      Type declaredType(com.github.javaparser.ast.type.Type t, Node at) {
        if (t instanceof PrimitiveType p) {
          return switch (p.getType()) {
            case BOOLEAN -> boolean.class;
            case INT -> int.class;
            case LONG -> long.class;
            case DOUBLE -> double.class;
            case CHAR -> char.class;
            default -> {
              refuse(at, "use int, long, double, boolean or char for numbers and flags");
              yield null;
            }
          };
        }
        if (t instanceof ClassOrInterfaceType c && c.getScope().isEmpty()) {
          Class<?> k = types.get(c.getNameAsString());
          if (k != null) {
            return k;
          }
          if (c.getNameAsString().equals("var")) {
            return null;
          }
        }
        refuse(at, "variables have a type a rule file may import (" + t.asString() + " is not one): " + ALLOWED_IMPORTS);
        return null;
      }

      // -- expressions

      Type type(Expression e) {
        if (e instanceof EnclosedExpr x) {
          return type(x.getInner());
        }
        if (e instanceof StringLiteralExpr) {
          return String.class;
        }
        if (e instanceof IntegerLiteralExpr) {
          return int.class;
        }
        if (e instanceof LongLiteralExpr) {
          return long.class;
        }
        if (e instanceof DoubleLiteralExpr) {
          return double.class;
        }
        if (e instanceof BooleanLiteralExpr) {
          return boolean.class;
        }
        if (e instanceof CharLiteralExpr) {
          return char.class;
        }
        if (e instanceof NullLiteralExpr) {
          return null;
        }
        if (e instanceof org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr
            || e instanceof org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr) {
          refuse(e, "BigDecimal and BigInteger literals are not allowed: write a plain number");
          return null;
        }
        if (e instanceof ThisExpr && self != null) {
          return self;
        }
        if (e instanceof UnaryExpr u) {
          Type t = type(u.getExpression());
          if (u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.MINUS
              && u.getOperator() != UnaryExpr.Operator.PLUS) {
            refuse(u, "++ and -- are not allowed: rules compute values, they do not change them");
          }
          return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? boolean.class : t;
        }
        if (e instanceof BinaryExpr b) {
          Type l = type(b.getLeft());
          Type r = type(b.getRight());
          return switch (b.getOperator()) {
            case PLUS -> l == String.class || r == String.class ? String.class : numeric(l, r);
            case MINUS, MULTIPLY, DIVIDE, REMAINDER -> numeric(l, r);
            default -> boolean.class;
          };
        }
        if (e instanceof HalfBinaryExpr h) {
          type(h.getRight());
          return boolean.class;
        }
        if (e instanceof PointFreeExpr p) {
          operator(p, p.getOperator().asString());
          type(p.getLeft());
          p.getRight().forEach(this::type);
          return boolean.class;
        }
        if (e instanceof HalfPointFreeExpr p) {
          operator(p, p.getOperator().asString());
          p.getRight().forEach(this::type);
          return boolean.class;
        }
        if (e instanceof ConditionalExpr c) {
          type(c.getCondition());
          Type t = type(c.getThenExpr());
          Type f = type(c.getElseExpr());
          return t != null ? t : f;
        }
        if (e instanceof AssignExpr a) {
          if (!consequence || !(a.getTarget() instanceof NameExpr n) || !scope.containsKey(n.getNameAsString())
              || n.getNameAsString().startsWith("$") || Set.of("report", "kcontext").contains(n.getNameAsString())) {
            refuse(a, "only a consequence's own local variables may be assigned");
          }
          return type(a.getValue());
        }
        if (e instanceof NameExpr n) {
          return name(n);
        }
        if (e instanceof NullSafeFieldAccessExpr f) {
          return property(type(f.getScope()), f.getNameAsString(), f);
        }
        if (e instanceof FieldAccessExpr f) {
          return fieldAccess(f);
        }
        if (e instanceof NullSafeMethodCallExpr m) {
          Type scopeType = m.getScope().map(this::type).orElse(self);
          return call(scopeType, false, m.getNameAsString(), m.getArguments(), m);
        }
        if (e instanceof MethodCallExpr m) {
          return methodCall(m);
        }
        refuse(e, describe(e) + " is not allowed: " + ALLOWED_EXPRESSIONS);
        return null;
      }

      void operator(Node n, String op) {
        if (!OPERATORS.contains(op)) {
          refuse(n, "the operator " + op + " is not allowed (regular expressions can take unbounded time; temporal"
              + " operators read the clock): use ==, !=, <, >, contains, memberOf, in");
        }
      }

      Type numeric(Type l, Type r) {
        if (l == double.class || r == double.class || l == Double.class || r == Double.class) {
          return double.class;
        }
        if (l == long.class || r == long.class || l == Long.class || r == Long.class) {
          return long.class;
        }
        return int.class;
      }

      Type name(NameExpr n) {
        String name = n.getNameAsString();
        if (scope.containsKey(name)) {
          if (name.equals("kcontext") && !(n.getParentNode().orElse(null) instanceof MethodCallExpr call
              && call.getArguments().indexOf(n) == 0 && isReportCall(call))) {
            refuse(n, "kcontext is only passed as the first argument of a report call: report.finding(kcontext, \"...\")");
          }
          return scope.get(name);
        }
        if (self != null) {
          Type t = property(self, name, n);
          return t;
        }
        if (types.containsKey(name)) {
          refuse(n, name + " is a type: use its constants (BodyKind.WORKING_GROUP) or its allowed methods");
          return null;
        }
        unknownName(n, name);
        return null;
      }

      void unknownName(Node n, String name) {
        if (Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "kotlin", "groovy").contains(name)) {
          refuse(n, "fully qualified names are not allowed in rule code: import an allowed type instead");
        } else if (name.equals("drools")) {
          refuse(n, "drools: rules report through report(...) with kcontext, not the engine");
        } else {
          refuse(n, name + " is not available to rules: they name bindings ($s), imported vocabulary types, report"
              + " and, in report calls, kcontext; " + ALLOWED_IMPORTS);
        }
      }

      boolean isReportCall(MethodCallExpr call) {
        return call.getScope().filter(s -> s instanceof NameExpr ne && ne.getNameAsString().equals("report")
            || s instanceof NameExpr t && t.getNameAsString().equals("Report")).isPresent();
      }

      Type fieldAccess(FieldAccessExpr f) {
        Expression s = f.getScope();
        if (s instanceof NameExpr n && !scope.containsKey(n.getNameAsString())
            && (self == null || types.containsKey(n.getNameAsString()) || !hasProperty(self, n.getNameAsString()))) {
          Class<?> owner = types.get(n.getNameAsString());
          if (owner == null) {
            unknownName(n, n.getNameAsString());
            return null;
          }
          return constant(owner, f.getNameAsString(), f);
        }
        int before = problems.size();
        Type t = type(s);
        if (t == null && problems.size() > before) {
          return null; // already refused inside
        }
        return property(t, f.getNameAsString(), f);
      }

      Type constant(Class<?> owner, String name, Node at) {
        if (owner.isEnum()) {
          for (Object c : owner.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
              return owner;
            }
          }
          refuse(at instanceof FieldAccessExpr f ? f.getName() : at, DrlErrors.explain(owner.getName(), name, false));
          return null;
        }
        refuse(at, "static fields are not allowed: " + owner.getSimpleName() + "." + name + " is not an enum constant");
        return null;
      }

      boolean hasProperty(Class<?> type, String name) {
        return !accessors(type, name).isEmpty();
      }

      List<Method> accessors(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        List<Method> found = new ArrayList<>();
        for (Method m : vocabulary.methods(type)) {
          if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && (m.getName().equals("get" + cap)
              || m.getName().equals("is" + cap) || m.getName().equals(name))) {
            found.add(m);
          }
        }
        return found;
      }

      Type property(Type scopeType, String name, Node at) {
        Class<?> raw = scopeType == null ? null : AuthorVocabulary.raw(scopeType);
        if (raw == null) {
          refuse(at, "cannot tell the type of what " + name + " is read from: reach values through the vocabulary's"
              + " properties ($s.deadline, $d.document)");
          return null;
        }
        List<Method> found = accessors(raw, name);
        if (found.isEmpty()) {
          Node where = at instanceof FieldAccessExpr f ? f.getName() : at instanceof NullSafeFieldAccessExpr f ? f.getName() : at;
          List<String> props = vocabulary.methods(raw).stream().filter(m -> m.getParameterCount() == 0
              && !Modifier.isStatic(m.getModifiers())).map(m -> propertyName(m.getName())).distinct().sorted().toList();
          refuse(where, DrlErrors.explain(raw.getName(), name, false));
          return null;
        }
        return resolve(found.get(0).getGenericReturnType(), scopeType);
      }

      Type methodCall(MethodCallExpr m) {
        String name = m.getNameAsString();
        if (m.getScope().isEmpty()) {
          if (consequence) {
            if (name.equals("insert") || name.equals("delete")) {
              if (m.getArguments().size() != 1) {
                refuse(m, name + " takes one vocabulary fact");
                return null;
              }
              Type t = type(m.getArgument(0));
              Class<?> raw = t == null ? null : AuthorVocabulary.raw(t);
              if (raw == null || !vocabulary.isDerivedType(raw)) {
                refuse(m, name + " is allowed only for the facts rules derive ("
                    + names(vocabulary.derivedTypes()) + "), not for "
                    + (raw == null ? "other values" : vocabulary.isFactType(raw) ? "the statement, its parts or the"
                    + " directory's answers (" + raw.getSimpleName() + ")" : raw.getSimpleName())
                    + ": derived facts come from report calls (docs/vocabulary.md)");
              }
              return null;
            }
            refuse(m, name + "(...) is not allowed: a consequence calls report (report.finding(kcontext, \"...\")),"
                + " or inserts or deletes a vocabulary fact; the engine (halt, update, modify, retract) is not reachable");
            m.getArguments().forEach(this::type);
            return null;
          }
          return call(self, false, name, m.getArguments(), m);
        }
        Expression s = m.getScope().get();
        if (s instanceof NameExpr n && !scope.containsKey(n.getNameAsString())
            && (self == null || types.containsKey(n.getNameAsString()) || !hasProperty(self, n.getNameAsString()))) {
          Class<?> owner = types.get(n.getNameAsString());
          if (owner == null) {
            unknownName(n, n.getNameAsString());
            m.getArguments().forEach(this::type);
            return null;
          }
          return call(owner, true, name, m.getArguments(), m);
        }
        int before = problems.size();
        Type t = type(s);
        if (t == null && problems.size() > before) {
          m.getArguments().forEach(this::type);
          return null; // already refused inside
        }
        return call(t, false, name, m.getArguments(), m);
      }

      Type call(Type scopeType, boolean isStatic, String name, List<Expression> args, Node at) {
        List<Type> argTypes = new ArrayList<>();
        for (Expression a : args) {
          argTypes.add(type(a));
        }
        Class<?> raw = scopeType == null ? null : AuthorVocabulary.raw(scopeType);
        Node where = at instanceof MethodCallExpr mc ? mc.getName() : at instanceof NullSafeMethodCallExpr n ? n.getName() : at;
        if (raw == null) {
          refuse(where, "cannot tell the type of what " + name + "(...) is called on: call methods on bindings and"
              + " vocabulary properties");
          return null;
        }
        if (name.equals("getClass") || name.equals("getDeclaringClass")) {
          refuse(where, name + " is not allowed: rules cannot use reflection");
          return null;
        }
        List<Method> candidates = new ArrayList<>();
        for (Method m : vocabulary.methods(raw)) {
          if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == isStatic
              && (m.getParameterCount() == args.size() || m.isVarArgs() && args.size() >= m.getParameterCount() - 1)) {
            candidates.add(m);
          }
        }
        if (candidates.isEmpty()) {
          List<String> allowed = vocabulary.methods(raw).stream()
              .filter(m -> Modifier.isStatic(m.getModifiers()) == isStatic).map(Method::getName).distinct().sorted().toList();
          String signature = name + "(" + argTypes.stream().map(t -> t == null ? "?" : simple(t)).collect(Collectors.joining(", ")) + ")";
          String hint = Suggestions.nearest(name, allowed).map(s -> "; did you mean \"" + s + "\"?").orElse("");
          if (raw == Report.class) {
            refuse(where, "The method " + signature + " is undefined for the type Report" + hint);
          } else if (isStatic) {
            refuse(where, raw.getSimpleName() + "." + name + "(...) is not allowed: static calls are limited to "
                + (allowed.isEmpty() ? "none on " + raw.getSimpleName() : String.join(", ", allowed)) + hint);
          } else if (!hint.isEmpty()) {
            refuse(where, "unknown method \"" + name + "\" of " + raw.getSimpleName() + hint);
          } else {
            refuse(where, name + "(...) is not allowed on " + raw.getSimpleName() + ": "
                + (allowed.isEmpty() ? "it has no allowed methods" : "allowed are " + String.join(", ", allowed)) + hint);
          }
          return null;
        }
        Type ret = candidates.get(0).getGenericReturnType();
        for (Method c : candidates) {
          if (!c.getGenericReturnType().equals(ret)) {
            return AuthorVocabulary.raw(resolve(ret, scopeType)) == null ? null : commonRaw(candidates);
          }
        }
        return ret == void.class ? void.class : resolve(ret, scopeType);
      }

      Type commonRaw(List<Method> candidates) {
        Class<?> r = candidates.get(0).getReturnType();
        for (Method m : candidates) {
          if (m.getReturnType() != r) {
            return null;
          }
        }
        return r;
      }

      /** A method's return type with the scope's type arguments put in (List<Body>.get -> Body). */
      Type resolve(Type returned, Type scopeType) {
        if (returned instanceof TypeVariable<?> v && scopeType instanceof ParameterizedType p) {
          Class<?> raw = (Class<?>) p.getRawType();
          TypeVariable<?>[] params = raw.getTypeParameters();
          Type[] args = p.getActualTypeArguments();
          for (int i = 0; i < params.length; i++) {
            if (params[i].getName().equals(v.getName())) {
              return args[i];
            }
          }
          // Collection<E> / Iterable<T> methods seen through a List<X>: the single type argument
          if (args.length == 1) {
            return args[0];
          }
        }
        if (returned instanceof TypeVariable<?>) {
          return null;
        }
        return returned;
      }

      String simple(Type t) {
        Class<?> r = AuthorVocabulary.raw(t);
        return r == null ? t.getTypeName() : r == RuleContext.class ? "RuleContext" : r.getSimpleName();
      }
    }
  }

  static String propertyName(String method) {
    for (String prefix : List.of("get", "is")) {
      if (method.startsWith(prefix) && method.length() > prefix.length() && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }

  private static final String ALLOWED_EXPRESSIONS = "conditions and consequences use literals, operators, bindings,"
      + " and the properties and methods of vocabulary types (docs/vocabulary.md); no new, casts, lambdas,"
      + " method references, class literals, arrays or instanceof";

  private static String describe(Expression e) {
    String n = e.getClass().getSimpleName();
    return switch (n) {
      case "ObjectCreationExpr" -> "new";
      case "CastExpr", "InlineCastExpr", "FullyQualifiedInlineCastExpr" -> "a cast";
      case "LambdaExpr" -> "a lambda";
      case "MethodReferenceExpr" -> "a method reference";
      case "ClassExpr" -> "a class literal";
      case "InstanceOfExpr" -> "instanceof";
      case "ArrayAccessExpr", "ArrayCreationExpr", "ArrayInitializerExpr" -> "an array";
      case "TextBlockLiteralExpr" -> "a text block";
      case "SwitchExpr" -> "switch";
      case "OOPathExpr" -> "an OOPath";
      case "ListCreationLiteralExpression", "MapCreationLiteralExpression" -> "an inline list or map";
      default -> n.replace("Expr", "");
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  static String allowedMethodsOf(Class<?> c) {
    return String.join(", ", AuthorVocabulary.get().methodNames(c));
  }

  static List<String> words(String... w) {
    return Arrays.asList(w);
  }
}

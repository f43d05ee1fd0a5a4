package io.github.liaisonproject.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The {@code when} part of every rule of a rule set, read back from the rule files' text with
 * Drools' DRL parser: each top-level condition with its source text, its fact type and its
 * constraints. Explanations use it to say which condition a matched fact met and with what values;
 * why-not uses it to build probe rules. Rules whose file does not parse have no conditions here.
 */
public final class RuleConditions {
  /** How a top-level condition matches. */
  public enum Kind { FACT, NOT, EXISTS, OTHER }

  /**
   * One top-level condition: its kind, its text as written, and for a pattern (also inside
   * {@code not} and {@code exists}) the fact type, the variable it binds and its constraints.
   */
  public record Condition(Kind kind, String text, String factType, String variable, List<String> constraints,
      String patternText) {
    /** Constraints that only bind a variable ({@code $u : approvalUnit}) and test nothing. */
    public boolean isBindingOnly(String constraint) {
      return BINDING_ONLY.matcher(constraint).matches();
    }
  }

  /** A rule's conditions, its salience as written (or ""), and the imports and globals of its file. */
  public record RuleText(String ruleName, String id, List<Condition> conditions, String salience,
      List<String> imports, List<String> globals, String fileSource) {}

  private static final Pattern BINDING_ONLY = Pattern.compile("\\s*\\$[\\w]+\\s*:\\s*[\\w.]+\\s*");

  private final Map<String, RuleText> byName = new LinkedHashMap<>();

  /** Parses every file; a file that does not parse contributes nothing (it compiled, so this is rare). */
  public RuleConditions(List<RuleFile> files) {
    for (RuleFile f : files) {
      parse(f);
    }
  }

  public Optional<RuleText> rule(String ruleName) {
    return Optional.ofNullable(byName.get(ruleName));
  }

  /** Every rule read, by Drools rule name. */
  public Map<String, RuleText> rules() {
    return java.util.Collections.unmodifiableMap(byName);
  }

  private void parse(RuleFile f) {
    DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
    PackageDescr pkg;
    try {
      pkg = parser.parse(null, f.text());
    } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
      return;
    }
    if (pkg == null || parser.hasErrors()) {
      return;
    }
    List<String> imports = new ArrayList<>();
    for (ImportDescr i : pkg.getImports()) {
      imports.add(i.getTarget());
    }
    List<String> globals = new ArrayList<>();
    for (GlobalDescr g : pkg.getGlobals()) {
      globals.add(g.getType() + " " + g.getIdentifier());
    }
    String text = f.text();
    for (RuleDescr r : pkg.getRules()) {
      List<Condition> conditions = new ArrayList<>();
      for (BaseDescr d : r.getLhs().getDescrs()) {
        conditions.add(condition(d, text));
      }
      AttributeDescr salience = r.getAttributes().get("salience");
      AnnotationDescr id = r.getAnnotation("id");
      byName.put(r.getName(), new RuleText(r.getName(), id == null ? "" : unquote(id.getSingleValueAsString()),
          List.copyOf(conditions), salience == null ? "" : salience.getValue(), List.copyOf(imports),
          List.copyOf(globals), f.source()));
    }
  }

  private static Condition condition(BaseDescr d, String text) {
    String source = source(d, text);
    if (d instanceof PatternDescr p && p.getSource() == null) {
      return new Condition(Kind.FACT, source, p.getObjectType(), p.getIdentifier(), constraints(p), source);
    }
    if ((d instanceof NotDescr || d instanceof ExistsDescr)
        && ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs().size() == 1
        && ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs().get(0) instanceof PatternDescr p
        && p.getSource() == null) {
      String inner = source(p, text);
      return new Condition(d instanceof NotDescr ? Kind.NOT : Kind.EXISTS, source, p.getObjectType(), p.getIdentifier(),
          constraints(p), inner.isEmpty() ? innerText(source) : inner);
    }
    return new Condition(Kind.OTHER, source, "", null, List.of(), source);
  }

  private static List<String> constraints(PatternDescr p) {
    List<String> out = new ArrayList<>();
    for (BaseDescr c : p.getConstraint().getDescrs()) {
      if (c instanceof ExprConstraintDescr e) {
        out.add(e.getExpression().trim());
      } else if (c.getText() != null) {
        out.add(c.getText().trim());
      }
    }
    return List.copyOf(out);
  }

  private static String source(BaseDescr d, String text) {
    int start = d.getStartCharacter();
    int end = d.getEndCharacter();
    if (start < 0 || end < start || end >= text.length()) {
      return d.getText() == null ? "" : d.getText();
    }
    return text.substring(start, end + 1).trim().replaceAll("\\s+", " ");
  }

  /** "not X( ... )" → "X( ... )" when the parser gives no offsets for the inner pattern. */
  private static String innerText(String source) {
    return source.replaceFirst("^(not|exists)\\s*", "").trim();
  }

  private static String unquote(String s) {
    if (s == null) {
      return "";
    }
    String t = s.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }
}

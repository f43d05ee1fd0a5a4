package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * No author code runs through MVEL: rule sets compiled at run time (bundled files with author
 * files) are built with the executable model, so every condition is a compiled lambda, every
 * consequence compiled Java, every salience a plain number and every metadata value a string; and
 * rule metadata that Drools' classic compiler would evaluate as MVEL while only compiling is not
 * evaluated.
 */
class NoMvelTest {
  static final AtomicInteger TOUCHED = new AtomicInteger();

  /** Called by the hostile metadata below if anything evaluates it. */
  public static String touch() {
    TOUCHED.incrementAndGet();
    return "touched";
  }

  static final String AUTHOR = """
      package liaison.local;
      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;
      import io.github.liaisonproject.model.Purpose;
      global Report report;
      rule "Local rule"
        @id("LOCAL-RULE") @section("§2.2") @severity("WARNING") @explanation("A local rule.")
        salience 5
      when
        $s : Statement( outgoing, purpose == Purpose.FOR_ACTION, deadline == null, subject != null )
      then
        report.finding(kcontext, "local: " + $s.getSubject());
      end
      """;

  @Test
  void everyConditionConsequenceAndSalienceIsCompiledJavaNotMvel() {
    List<RuleFile> files = new ArrayList<>();
    for (String concern : LiaisonRules.CONCERNS) {
      files.add(bundled(concern + ".drl"));
    }
    files.add(new RuleFile("local.drl", "author/local.drl", AUTHOR));
    KieBase base = new RuleSetCompiler().compile(files, Set.of()).kieBase();
    int rules = 0;
    int constraints = 0;
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        RuleImpl rule = (RuleImpl) r;
        rules++;
        assertThat(rule.getConsequence().getClass().getName()).as(r.getName()).doesNotContain("mvel").doesNotContain("MVEL");
        assertThat(rule.getSalience().getClass().getName()).as(r.getName()).doesNotContain("MVEL");
        assertThat(rule.getMetaData().values()).as(r.getName()).allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
        for (Constraint c : constraintsOf(rule.getLhs())) {
          constraints++;
          assertThat(c.getClass().getName()).as(r.getName() + ": " + c).doesNotContain("MVEL")
              .doesNotContain(".mvel.");
        }
      }
    }
    assertThat(rules).isGreaterThan(80);
    assertThat(constraints).isGreaterThan(100);
  }

  @Test
  void metadataThatTheClassicCompilerWouldEvaluateIsNeverEvaluated() {
    String hostile = AUTHOR.replace("@explanation(\"A local rule.\")",
        "@explanation(io.github.liaisonproject.rules.engine.NoMvelTest.touch())");
    int before = TOUCHED.get();
    // The checker refuses it ...
    assertThat(RuleChecker.check(new RuleFile("local.drl", "author/local.drl", hostile)))
        .anySatisfy(p -> assertThat(p.message()).contains("plain \"string\" literal"));
    // ... and the compiler, given it without the checker, does not run it either.
    try {
      KieBase base = new RuleSetCompiler().compileUnchecked(List.of(new RuleFile("local.drl", "author/local.drl", hostile)),
          Set.of()).kieBase();
      base.getKiePackages().forEach(p -> p.getRules().forEach(r -> r.getMetaData().values().forEach(String::valueOf)));
    } catch (RuleSetException expected) {
      // refused as a convention problem (no explanation text): also fine, as long as nothing ran
    }
    assertThat(TOUCHED.get()).isEqualTo(before);
  }

  static RuleFile bundled(String name) {
    try (java.io.InputStream in = LiaisonRules.class.getResourceAsStream(LiaisonRules.BUNDLED_PATH + name)) {
      return new RuleFile(name, "bundled:" + name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Constraint> constraintsOf(RuleConditionElement e) {
    List<Constraint> out = new ArrayList<>();
    if (e instanceof Pattern p) {
      out.addAll(p.getConstraints());
      if (p.getSource() != null) {
        out.addAll(constraintsOf(p.getSource()));
      }
    } else if (e instanceof GroupElement g) {
      for (RuleConditionElement child : g.getChildren()) {
        out.addAll(constraintsOf(child));
      }
    } else if (e != null) {
      for (RuleConditionElement child : e.getNestedElements()) {
        out.addAll(constraintsOf(child));
      }
    }
    return out;
  }
}

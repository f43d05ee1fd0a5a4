package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.rules.RuleProblem;
import io.github.liaisonproject.rules.vocabulary.ProbeFact;
import io.github.liaisonproject.rules.vocabulary.Vocabulary;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checker's allow-list is generated from {@link Vocabulary}'s registry (the listing
 * docs/vocabulary.md is generated from): everything listed there is allowed, a public method of a
 * vocabulary class that is not registered is refused, and consequences insert or delete only the
 * derived facts.
 */
class AllowListFromVocabularyTest {
  static List<RuleProblem> check(AuthorVocabulary vocabulary, String imports, String when, String then) {
    String text = "package liaison.local;\n" + imports
        + "import io.github.liaisonproject.rules.vocabulary.Report;\nglobal Report report;\n"
        + "rule \"Probe\" @id(\"LOCAL-PROBE\") @section(\"§2.2\") @severity(\"INFO\") @explanation(\"Probe.\")\n"
        + "when\n  " + when + "\nthen\n  " + then + "\nend\n";
    return RuleChecker.check(new RuleFile("probe.drl", "author/probe.drl", text), vocabulary);
  }

  static String importOf(Class<?> c) {
    return "import " + c.getName().replace('$', '.') + ";\n";
  }

  @Test
  void everyRegisteredMethodIsAllowedAndNothingElseOfAVocabularyClass() {
    AuthorVocabulary v = AuthorVocabulary.get();
    int registered = 0;
    for (Class<?> t : Vocabulary.types()) {
      List<Method> allowed = v.methods(t);
      List<Method> listed = Vocabulary.entries(t).stream().map(Vocabulary.Entry::method).toList();
      assertThat(allowed).as("allowed methods of %s", t.getSimpleName()).containsExactlyInAnyOrderElementsOf(listed);
      registered += listed.size();
      for (Method m : t.getMethods()) {
        if (!listed.contains(m)) {
          assertThat(allowed).as("%s.%s is public but not registered", t.getSimpleName(), m.getName()).doesNotContain(m);
        }
      }
    }
    assertThat(registered).isGreaterThan(150);
  }

  @Test
  void everyPropertyTheVocabularyPageListsIsReadableInACondition() {
    List<String> refused = new ArrayList<>();
    int tried = 0;
    for (Class<?> t : Vocabulary.types()) {
      if (!Vocabulary.FACTS.contains(t) && !Vocabulary.DERIVED.contains(t)) {
        continue;
      }
      for (Vocabulary.Entry e : Vocabulary.entries(t)) {
        Method m = e.method();
        if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        tried++;
        List<RuleProblem> p = check(AuthorVocabulary.get(), importOf(t), "$x : " + t.getSimpleName() + "( $v : " + e.name() + " )",
            "report.finding(kcontext, \"seen \" + $v);");
        if (!p.isEmpty()) {
          refused.add(t.getSimpleName() + "." + e.name() + ": " + p);
        }
      }
    }
    assertThat(refused).isEmpty();
    assertThat(tried).isGreaterThan(120);
  }

  @Test
  void everyValueTheVocabularyPageListsIsUsable() {
    StringBuilder imports = new StringBuilder();
    StringBuilder then = new StringBuilder();
    for (Class<?> t : Vocabulary.VALUES) {
      imports.append(importOf(t));
      for (Object c : t.getEnumConstants()) {
        then.append("report.finding(kcontext, \"\" + ").append(t.getSimpleName()).append('.').append(((Enum<?>) c).name()).append(");\n  ");
      }
    }
    imports.append(importOf(io.github.liaisonproject.rules.vocabulary.Statement.class));
    assertThat(check(AuthorVocabulary.get(), imports.toString(), "$s : Statement()", then.toString())).isEmpty();
  }

  /** A registry like the standard one with a probe class whose methods are not all registered. */
  static AuthorVocabulary withProbe() {
    List<Class<?>> facts = new ArrayList<>(Vocabulary.FACTS);
    facts.add(ProbeFact.class);
    return new AuthorVocabulary(new AuthorVocabulary.Registry(facts, Vocabulary.DERIVED, Vocabulary.HELPERS,
        Vocabulary.REPORT, Vocabulary.VALUES));
  }

  @Test
  void aPublicMethodAddedToAVocabularyClassButNotRegisteredIsRefused() {
    AuthorVocabulary v = withProbe();
    String imports = importOf(ProbeFact.class);
    assertThat(check(v, imports, "$p : ProbeFact( listed == \"listed\" )", "report.finding(kcontext, $p.getListed());")).isEmpty();
    assertThat(check(v, imports, "$p : ProbeFact( unlisted == \"x\" )", "report.finding(kcontext, \"x\");"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("unlisted"));
    assertThat(check(v, imports, "$p : ProbeFact()", "report.finding(kcontext, $p.getUnlisted());"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("getUnlisted"));
    assertThat(check(v, imports, "$p : ProbeFact( unlistedCall(\"\") )", "report.finding(kcontext, \"x\");"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("unlistedCall"));
    assertThat(check(v, imports, "$p : ProbeFact( old == \"old\" )", "report.finding(kcontext, \"x\");")).hasSize(1);
    // and the drift check fails the build until it is registered
    assertThatThrownBy(() -> Vocabulary.entries(ProbeFact.class)).hasMessageContaining("ProbeFact.getUnlisted")
        .hasMessageContaining("ProbeFact.unlistedCall");
    // the standard registry does not list the probe at all
    assertThat(check(AuthorVocabulary.get(), imports, "$p : ProbeFact()", "report.finding(kcontext, \"x\");")).isNotEmpty();
  }

  @Test
  void consequencesInsertAndDeleteOnlyDerivedFacts() {
    AuthorVocabulary v = AuthorVocabulary.get();
    assertThat(v.derivedTypes()).containsExactlyInAnyOrderElementsOf(Vocabulary.DERIVED);
    for (Class<?> t : Vocabulary.DERIVED) {
      assertThat(check(v, importOf(t), "$x : " + t.getSimpleName() + "()", "delete($x);")).as(t.getSimpleName()).isEmpty();
      assertThat(check(v, importOf(t), "$x : " + t.getSimpleName() + "()", "insert($x);")).as(t.getSimpleName()).isEmpty();
    }
    for (Class<?> t : Vocabulary.FACTS) {
      for (String op : Set.of("insert", "delete")) {
        assertThat(check(v, importOf(t), "$x : " + t.getSimpleName() + "()", op + "($x);")).as(op + " " + t.getSimpleName())
            .singleElement().satisfies(p -> assertThat(p.message())
                .contains(op + " is allowed only for the facts rules derive").contains(t.getSimpleName()));
      }
    }
  }
}

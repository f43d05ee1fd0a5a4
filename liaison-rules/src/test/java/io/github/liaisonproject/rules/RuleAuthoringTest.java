package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy authoring: precise problems, hostile files refused, author folders, settings, reload. */
class RuleAuthoringTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static final String HEADER = """
      package liaison.local;
      import io.github.liaisonproject.rules.vocabulary.Statement;
      import io.github.liaisonproject.rules.vocabulary.Report;
      import io.github.liaisonproject.model.Purpose;
      global Report report;
      """;

  static String rule(String when, String then) {
    return HEADER + """
        rule "Local rule"
          @id("LOCAL-RULE") @section("§2.2") @severity("WARNING") @explanation("A local rule.")
        when
          %s
        then
          %s
        end
        """.formatted(when, then);
  }

  static List<RuleProblem> problems(String text) {
    try {
      LiaisonRules.builder().withoutBundledFiles().ruleFile("local.drl", text, "author/local.drl").build();
    } catch (RuleSetException e) {
      return e.problems();
    }
    return List.of();
  }

  @Test
  void unknownFieldsAndConstantsGetTheirRealLineAndASuggestion() {
    String text = HEADER + """
        rule "Typo"
          @id("LOCAL-A") @section("§2.2") @explanation("x")
        when
          Statement( outgoing,
                     purpse == Purpose.FOR_ACTION )
        then
          report.finding(kcontext, "x");
        end
        rule "Enum typo"
          @id("LOCAL-B") @section("§2.2") @explanation("x")
        when
          Statement( purpose == Purpose.FOR_ACTON )
        then
          report.findingg(kcontext, "x");
        end
        """;
    assertThat(problems(text)).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
        "author/local.drl:10:14: unknown property \"purpse\" of Statement; did you mean \"purpose\"? (in rule \"Typo\")",
        "author/local.drl:17:33: unknown constant \"FOR_ACTON\" of Purpose; did you mean \"FOR_ACTION\"? (known: "
            + "FOR_INFORMATION, FOR_ACTION, IN_RESPONSE, FOR_COMMENT) (in rule \"Enum typo\")",
        "author/local.drl:19:10: The method findingg(RuleContext, String) is undefined for the type Report; did you mean \"finding\"?");
  }

  @Test
  void everyProblemHasARealLine() {
    String text = HEADER + """
        rule "No metadata"
        when
          Statement( purpse == null )
        then
          report.finding(kcontext, "x");
        end
        rule "Duplicate" @id("CONTENT-FROM-REQUIRED") @section("§7.7") @explanation("x")
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        """;
    List<RuleProblem> found;
    try {
      LiaisonRules.builder().ruleFile("local.drl", text, "author/local.drl").build();
      found = List.of();
    } catch (RuleSetException e) {
      found = e.problems();
    }
    assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive());
  }

  /** Hostile rule files: each is refused by the lint, with its line, before anything compiles. */
  @ParameterizedTest
  @ValueSource(strings = {
      "import java.io.File;",
      "import java.lang.Runtime;",
      "import static java.lang.System.exit;",
      "import function java.lang.System.exit;",
      "import java.util.concurrent.Executors;",
      "import io.github.liaisonproject.model.io.LiaisonFiles;",
      "global java.util.List leak;"})
  void hostileImportsAndGlobalsAreRefused(String line) {
    String text = HEADER + line + "\n" + """
        rule "Quiet" @id("LOCAL-Q") @section("§2.2") @explanation("x")
        when
          Statement()
        then
          report.finding(kcontext, "x");
        end
        """;
    assertThat(problems(text)).isNotEmpty().allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("author/local.drl");
      assertThat(p.line()).isEqualTo(6);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "System.exit(1);",
      "Runtime.getRuntime().exec(\"rm -rf /\");",
      "new ProcessBuilder(\"sh\").start();",
      "java.nio.file.Files.delete(null);",
      "String.class.getClassLoader();",
      "\"x\".getClass().forName(\"java.lang.Runtime\");",
      "Thread t = new Thread(); t.start();",
      "kcontext.getKieRuntime().halt();",
      "drools.halt();",
      "insert(new Object());",
      "java.time.LocalDate d = java.time.LocalDate.now();",
      "for (;;) { }",
      "while (true) { }",
      "\\u0053ystem.exit(1);",
      "new java.net.Socket(\"example.org\", 80);"})
  void hostileConsequencesAreRefused(String consequence) {
    List<RuleProblem> found = problems(rule("$s : Statement()", consequence));
    assertThat(found).as(consequence).isNotEmpty();
    assertThat(found).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("author/local.drl");
      assertThat(p.line()).isBetween(6, 12);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Statement( eval(true) )",
      "Statement() from java.lang.Runtime.getRuntime()",
      "eval( System.getenv() != null )"})
  void hostileConditionsAreRefused(String condition) {
    assertThat(problems(rule(condition, "report.finding(kcontext, \"x\");"))).as(condition).isNotEmpty();
  }

  @Test
  void wordsInsideStringsAndCommentsAreNotFlagged() {
    String text = rule("// System.exit is mentioned here only\n  Statement( forAction )",
        "report.finding(kcontext, \"for the File of the Runtime: do update it now\");");
    assertThat(problems(text)).isEmpty();
  }

  @Test
  void theBundledFilesPassTheLint() {
    for (RuleInfo r : LiaisonRules.standard().rules()) {
      assertThat(r.source()).startsWith("bundled:");
    }
    // standard() compiles only when every bundled file passes the lint (the compiler lints first).
    assertThat(LiaisonRules.standard().rules()).isNotEmpty();
  }

  @Test
  void anAuthorFolderReplacesAddsDisablesAndChangesSeverities(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("local.drl"), rule("Statement( forAction )",
        "report.finding(kcontext, \"Local policy: For Action statements need a coordinator's look (§2.2)\");"));
    Files.writeString(dir.resolve("settings.yaml"), """
        disable: [CONTENT-SUBJECT-MISSING]
        severity:
          CONTENT-TO-CONTACT-MISSING: ERROR
        dueSoonDays: 21
        """);
    LiaisonRules rules = LiaisonRules.builder().authorFolder(dir).build();
    assertThat(rules.dueSoonDays()).isEqualTo(21);
    LiaisonStatement s = LiaisonStatement.builder().purpose(io.github.liaisonproject.model.Purpose.FOR_ACTION).build();
    Assessment a = rules.assess(s, Directory.empty(), AS_OF);
    assertThat(a.findings("LOCAL-RULE")).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(dir.resolve("local.drl").toString());
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(a.hasFinding("CONTENT-SUBJECT-MISSING")).isFalse();
    assertThat(a.findings("CONTENT-TO-CONTACT-MISSING")).extracting(Finding::severity).containsOnly(Severity.ERROR);
  }

  @Test
  void aFileNamedLikeABundledOneReplacesIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("content.drl"), HEADER.replace("liaison.local", "liaison.content") + """
        rule "Only one content rule"
          @id("CONTENT-FROM-REQUIRED") @section("§2.1") @severity("WARNING") @explanation("Softer.")
        when
          Statement( getFrom().isEmpty() )
        then
          report.finding(kcontext, "No From body (§2.1)");
        end
        """);
    LiaisonRules rules = LiaisonRules.builder().authorFolder(dir).build();
    Assessment a = rules.assess(LiaisonStatement.builder().build(), Directory.empty(), AS_OF);
    assertThat(a.findings("CONTENT-FROM-REQUIRED")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.source()).endsWith("content.drl").doesNotStartWith("bundled:");
    });
    assertThat(a.hasFinding("CONTENT-TO-REQUIRED")).as("the bundled content.drl is gone").isFalse();
  }

  @Test
  void wrongSettingsAreErrorsWithTheirLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("settings.yaml"), """
        disable: [NO-SUCH-RULE]
        severty: {CONTENT-FROM-REQUIRED: WARNING}
        """);
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(dir).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
            .anySatisfy(p -> assertThat(p).endsWith("settings.yaml:2:1: unknown setting \"severty\"; use disable, severity or dueSoonDays")));
    Files.writeString(dir.resolve("settings.yaml"), "disable: [NO-SUCH-RULE]\n");
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(dir).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("cannot disable NO-SUCH-RULE");
    Files.writeString(dir.resolve("settings.yaml"), "severity: {CONTENT-FROM-REQUIRED: LOUD}\n");
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(dir).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("use ERROR, WARNING or INFO");
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(Path.of("no/such/folder")).build())
        .isInstanceOf(RuleSetException.class).hasMessageContaining("not a folder");
  }

  @Test
  void reloadSwapsOnlyWhenTheNewFilesBuild() {
    LiaisonRules first = small("first");
    ReloadableRules reloadable = new ReloadableRules(first);
    List<RuleProblem> problems = reloadable.reload(() -> LiaisonRules.builder().withoutBundledFiles()
        .ruleFile("local.drl", rule("Statement( purpse == null )", "report.finding(kcontext, \"x\");"), "local.drl").build());
    assertThat(problems).isNotEmpty();
    assertThat(reloadable.current()).isSameAs(first);
    assertThat(reloadable.reload(() -> small("second"))).isEmpty();
    assertThat(reloadable.assess(LiaisonStatement.builder().purpose(io.github.liaisonproject.model.Purpose.FOR_ACTION).build(),
        Directory.empty(), AS_OF).findings("LOCAL-RULE")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("second"));
  }

  static LiaisonRules small(String message) {
    return LiaisonRules.builder().withoutBundledFiles()
        .ruleFile("local.drl", rule("Statement( forAction )", "report.finding(kcontext, \"" + message + "\");"), "local.drl")
        .build();
  }

  /**
   * 100 reloads must not retain the replaced rule sets (measured as used heap after GC). By default
   * each reload is a one-file rule set; in the nightly mode each is the full bundled set with one
   * author file, compiled at run time (about half a second each once warm; measured: 0 MB retained).
   */
  @Test
  void reloadsDoNotLeak() {
    if (TestMode.nightly()) {
      reloadsOfTheFullSetDoNotLeak();
      return;
    }
    ReloadableRules reloadable = new ReloadableRules(small("0"));
    LiaisonStatement s = LiaisonStatement.builder().purpose(io.github.liaisonproject.model.Purpose.FOR_ACTION).build();
    for (int i = 0; i < 10; i++) { // warm up: class loading and caches are not leaks
      int n = i;
      reloadable.reload(() -> small("warm " + n));
      reloadable.assess(s, Directory.empty(), AS_OF);
    }
    long before = usedAfterGc();
    for (int i = 0; i < 100; i++) {
      int n = i;
      assertThat(reloadable.reload(() -> small("reload " + n))).isEmpty();
      reloadable.assess(s, Directory.empty(), AS_OF);
    }
    long after = usedAfterGc();
    long grownMb = (after - before) / (1024 * 1024);
    System.out.println("retained heap growth over 100 reloads: " + grownMb + " MB");
    assertThat(grownMb).as("heap retained by 100 reloads, MB").isLessThan(16);
  }

  private void reloadsOfTheFullSetDoNotLeak() {
    java.util.function.IntFunction<LiaisonRules> full = n -> LiaisonRules.builder()
        .ruleFile("local.drl", rule("Statement( forAction )", "report.finding(kcontext, \"" + n + "\");"), "local.drl")
        .build();
    ReloadableRules reloadable = new ReloadableRules(full.apply(0));
    LiaisonStatement s = LiaisonStatement.builder().purpose(io.github.liaisonproject.model.Purpose.FOR_ACTION).build();
    for (int i = 1; i <= 5; i++) {
      int n = i;
      reloadable.reload(() -> full.apply(n));
      reloadable.assess(s, Directory.empty(), AS_OF);
    }
    long before = usedAfterGc();
    for (int i = 0; i < 100; i++) {
      int n = 100 + i;
      assertThat(reloadable.reload(() -> full.apply(n))).isEmpty();
      reloadable.assess(s, Directory.empty(), AS_OF);
    }
    long grownMb = (usedAfterGc() - before) / (1024 * 1024);
    System.out.println("retained heap growth over 100 reloads of the full rule set: " + grownMb + " MB");
    assertThat(grownMb).as("heap retained by 100 full reloads, MB").isLessThan(32);
  }

  static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

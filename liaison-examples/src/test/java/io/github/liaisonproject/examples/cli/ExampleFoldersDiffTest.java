package io.github.liaisonproject.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.RuleSetDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each example author folder, diffed against the bundled rules over the sample statements, the
 * sample Datatracker records and generated statements, must cause the flips its policy implies
 * and no others. A new example folder is one line in {@link #FOLDERS}.
 */
class ExampleFoldersDiffTest {
  record Expected(String folder, Consumer<RuleSetDiff> check) {}

  static final List<Expected> FOLDERS = List.of(
      // One approval from any potential approver instead of one per area: multi-area statements
      // approved by one area's AD become ready; nothing becomes blocked.
      new Expected("any-approver", ExampleFoldersDiffTest::anyApproverOnlyUnblocksMultiAreaStatements));

  @TestFactory
  Stream<DynamicTest> everyExampleFolderCausesTheFlipsItMust() throws Exception {
    List<String> folders;
    try (Stream<Path> s = Files.list(Path.of("author-folders"))) {
      folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("every example folder has its expectations", () ->
        assertThat(FOLDERS.stream().map(Expected::folder).toList()).containsExactlyInAnyOrderElementsOf(folders)));
    List<RuleSetDiff.Item> corpus = Corpus.read(List.of("samples", "generated:600:7"), Samples.directory(),
        LocalDate.of(2026, 3, 1));
    for (Expected e : FOLDERS) {
      tests.add(DynamicTest.dynamicTest(e.folder(), () -> {
        LiaisonRules candidate = LiaisonRules.builder().authorFolder(Path.of("author-folders", e.folder())).build();
        RuleSetDiff diff = RuleSetDiff.compare(LiaisonRules.standard(), candidate, corpus, Samples.directory());
        assertThat(diff.statements()).isEqualTo(corpus.size());
        e.check().accept(diff);
      }));
    }
    return tests.stream();
  }

  static void anyApproverOnlyUnblocksMultiAreaStatements(RuleSetDiff diff) {
    assertThat(diff.nowBlocked()).as("statements any-approver blocks").isEmpty();
    assertThat(diff.nowReady()).as("multi-area statements approved by one AD").isNotEmpty();
    for (RuleSetDiff.Flip f : diff.nowReady()) {
      assertThat(f.errorsBefore()).as(f.label()).containsAnyOf("APPROVAL-MISSING", "APPROVAL-UNKNOWN-AREA");
      assertThat(f.errorsAfter()).as(f.label()).isEmpty();
    }
    RuleSetDiff.Change multiple = only(diff, "APPROVAL-MULTIPLE-GROUPS", RuleSetDiff.Kind.DECISION);
    RuleSetDiff.Change anyOne = only(diff, "LOCAL-APPROVAL-ANY-ONE", RuleSetDiff.Kind.DECISION);
    assertThat(multiple.gained()).isZero();
    assertThat(anyOne.lost()).isZero();
    assertThat(anyOne.gained()).as("one local requirement wherever the bundled rule made them").isEqualTo(multiple.lost());
    assertThat(multiple.lostExamples()).hasSizeBetween(1, RuleSetDiff.EXAMPLES);
    // Nothing outside approval changes.
    assertThat(diff.changes()).allSatisfy(c -> assertThat(c.ruleId()).matches("(APPROVAL|LOCAL-APPROVAL)-.*"));
  }

  static RuleSetDiff.Change only(RuleSetDiff diff, String id, RuleSetDiff.Kind kind) {
    List<RuleSetDiff.Change> c = diff.changes(id).stream().filter(x -> x.kind() == kind).toList();
    assertThat(c).as("%s %s changes", id, kind).hasSize(1);
    return c.get(0);
  }
}

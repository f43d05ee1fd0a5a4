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
      new Expected("any-approver", ExampleFoldersDiffTest::anyApproverOnlyUnblocksMultiAreaStatements),
      // Copies and leaves out delivery addresses: no verdict changes.
      new Expected("delivery-policy", ExampleFoldersDiffTest::deliveryPolicyChangesOnlyDelivery),
      // Lets Experimental RFCs go without context: no verdict changes (what it relaxes is a WARNING).
      new Expected("experimental-rfc", ExampleFoldersDiffTest::experimentalRfcChangesOnlyTransmission),
      // One more approval for statements to ITU-T: some become blocked, none become ready.
      new Expected("itu-t-iab-chair", ExampleFoldersDiffTest::ituTIabChairOnlyBlocks));

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
      assertThat(f.errorsBefore()).as(f.label()).contains("APPROVAL-MISSING");
      assertThat(f.errorsAfter()).as(f.label()).isEmpty();
    }
    RuleSetDiff.Change anyOne = only(diff, "LOCAL-APPROVAL-ANY-ONE", RuleSetDiff.Kind.DECISION);
    assertThat(anyOne.gained()).isPositive();
    assertThat(anyOne.lost()).isZero();
    assertThat(only(diff, "APPROVAL-MISSING", RuleSetDiff.Kind.FINDING).gained()).as("no approval newly missing").isZero();
    assertThat(anyOne.gainedExamples()).hasSizeBetween(1, RuleSetDiff.EXAMPLES);
    onlyRules(diff, "(LOCAL-)?APPROVAL-.*");
  }

  static void deliveryPolicyChangesOnlyDelivery(RuleSetDiff diff) {
    assertThat(diff.flips()).isEmpty();
    RuleSetDiff.Change copies = only(diff, "LOCAL-ROUTE-REPLY-COPIES-ORIGINAL-TO", RuleSetDiff.Kind.DECISION);
    assertThat(copies.gained()).isPositive();
    assertThat(copies.lost()).isZero();
    assertThat(only(diff, "ROUTE-DELIVERY", RuleSetDiff.Kind.DECISION).gained()).as("the bundled rule adds nothing").isZero();
    onlyRules(diff, "(LOCAL-)?ROUTE-.*");
  }

  static void experimentalRfcChangesOnlyTransmission(RuleSetDiff diff) {
    assertThat(diff.flips()).isEmpty();
    RuleSetDiff.Change local = only(diff, "LOCAL-TRANSMIT-EXPERIMENTAL-RFC", RuleSetDiff.Kind.DECISION);
    assertThat(local.gained()).isPositive();
    assertThat(local.lost()).isZero();
    onlyRules(diff, "(LOCAL-)?TRANSMIT-.*");
  }

  static void ituTIabChairOnlyBlocks(RuleSetDiff diff) {
    assertThat(diff.nowReady()).as("statements an added requirement makes ready").isEmpty();
    assertThat(diff.nowBlocked()).as("statements to ITU-T without the IAB Chair's approval").isNotEmpty();
    for (RuleSetDiff.Flip f : diff.nowBlocked()) {
      assertThat(f.errorsAfter()).as(f.label()).containsAnyOf("APPROVAL-MISSING", "APPROVAL-UNKNOWN-AREA");
    }
    RuleSetDiff.Change local = only(diff, "LOCAL-APPROVAL-ITU-T-IAB-CHAIR", RuleSetDiff.Kind.DECISION);
    assertThat(local.gained()).isPositive();
    assertThat(diff.changes()).as("an added requirement takes nothing away").allSatisfy(c -> assertThat(c.lost()).isZero());
    onlyRules(diff, "(LOCAL-)?APPROVAL-.*");
  }

  static void onlyRules(RuleSetDiff diff, String idPattern) {
    assertThat(diff.changes()).as("rules whose answers change").allSatisfy(c -> assertThat(c.ruleId()).matches(idPattern));
  }

  static RuleSetDiff.Change only(RuleSetDiff diff, String id, RuleSetDiff.Kind kind) {
    List<RuleSetDiff.Change> c = diff.changes(id).stream().filter(x -> x.kind() == kind).toList();
    assertThat(c).as("%s %s changes", id, kind).hasSize(1);
    return c.get(0);
  }
}

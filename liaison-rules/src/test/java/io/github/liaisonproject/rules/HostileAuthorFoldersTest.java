package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile author folders (src/test/resources/hostile/, one folder per kind of
 * attack, its expected message in expect.txt): each is refused when the rule set is built, with
 * the message, or, for attacks made only of allowed constructs, stopped when it runs
 * ("RUNTIME: ..."). Device files, links out of the folder and malformed related statements are
 * made here, at run time.
 */
class HostileAuthorFoldersTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  static Stream<String> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(HostileAuthorFoldersTest.class.getResource("/hostile").toURI());
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static Path folder(String name) throws URISyntaxException {
    return Path.of(HostileAuthorFoldersTest.class.getResource("/hostile/" + name).toURI());
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void eachHostileFolderIsRefusedOrStopped(String name) throws Exception {
    Path dir = folder(name);
    String expected = Files.readString(dir.resolve("expect.txt")).strip();
    if (expected.startsWith("RUNTIME: ")) {
      LiaisonRules rules = LiaisonRules.builder().authorFolder(dir).firingLimit(5_000).build();
      Directory d = StatementGenerators.sampleDirectory();
      LiaisonStatement s = StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(7));
      Assessment a = rules.assess(s, d, AS_OF);
      assertThat(a.complete()).as(name).isFalse();
      assertThat(a.failures()).as(name).anySatisfy(f -> {
        assertThat(f.ruleId()).startsWith("LOCAL-");
        assertThat(f.error()).contains(expected.substring("RUNTIME: ".length()));
      });
      assertThat(a.delivery().replyToAddresses()).allSatisfy(x -> assertThat(x).doesNotContain("\r", "\n"));
      return;
    }
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(dir).build()).as(name)
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems()).as(name)
            .anySatisfy(p -> {
              assertThat(p.message()).contains(expected);
              assertThat(p.file()).endsWith("local.drl");
              assertThat(p.line()).isPositive();
            }));
    assertThat(System.getProperty("liaison.hostile")).as("no hostile code ran").isNull();
  }

  @Test
  void theDefaultFiringLimitStopsASelfTriggeringRule() throws Exception {
    LiaisonRules rules = LiaisonRules.builder().authorFolder(folder("self-trigger")).deadline(Duration.ofSeconds(30))
        .allocationLimit(Long.MAX_VALUE).build(); // (the default allocation limit comes first: 37,000 firings)
    Directory d = StatementGenerators.sampleDirectory();
    Assessment a = rules.assess(StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(7)), d, AS_OF);
    assertThat(a.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-LOOP");
      assertThat(f.error()).contains("firing limit (100000").contains("this rule fired most");
    });
  }

  @Test
  void theAllocationLimitStopsARuleThatGrowsATextBeforeTheHeapFills() throws Exception {
    // text-growth doubles a text with every firing: within the firing limit it would need gigabytes
    LiaisonRules rules = LiaisonRules.builder().authorFolder(folder("text-growth"))
        .allocationLimit(16L << 20).deadline(Duration.ofSeconds(60)).build();
    Directory d = StatementGenerators.sampleDirectory();
    LiaisonStatement s = StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(7));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    Assessment a = rules.assess(s, d, AS_OF);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(a.failures()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("LOCAL-GROW");
      assertThat(f.error()).contains("past the allocation limit (16 MB allocated)").contains("this rule fired most");
    });
    // checked between firings: the last firing doubles what the ones before it allocated, at most
    assertThat(allocated).isLessThan(4 * (16L << 20));
    assertThat(a.complete()).isFalse();
  }

  @Test
  void anAllocationLimitBelowOneByteIsRefused() {
    assertThatThrownBy(() -> LiaisonRules.builder().allocationLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allocationLimit must be 1 byte or more");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void deviceFilesAreRefusedBeforeTheyAreRead(@TempDir Path tmp) throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.createSymbolicLink(rules.resolve("local.drl"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(rules).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).containsAnyOf("not a regular file", "leaves the folder")));
    Path settings = Files.createDirectories(tmp.resolve("settings"));
    Files.createSymbolicLink(settings.resolve("settings.yaml"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(settings).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).containsAnyOf("not a regular file", "leaves the folder")));
    Path statement = Files.createSymbolicLink(tmp.resolve("statement.yaml"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> LiaisonFiles.readStatement(statement)).isInstanceOf(LiaisonInputException.class)
        .hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> LiaisonFiles.readDirectory(statement)).isInstanceOf(LiaisonInputException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void linksOutOfTheFolderAreRefused(@TempDir Path tmp) throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.drl"), RuleAuthoringTest.rule("Statement()", "report.finding(kcontext, \"x\");"));
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.createSymbolicLink(rules.resolve("local.drl"), outside);
    assertThatThrownBy(() -> LiaisonRules.builder().authorFolder(rules).build())
        .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("leaves the folder")));
    // a link inside the folder is fine
    Path inside = Files.createDirectories(tmp.resolve("inside"));
    Files.writeString(inside.resolve("real.txt"), RuleAuthoringTest.rule("Statement()", "report.finding(kcontext, \"x\");"));
    Files.createSymbolicLink(inside.resolve("local.drl"), inside.resolve("real.txt"));
    assertThat(LiaisonRules.builder().authorFolder(inside).build().rules()).extracting(RuleInfo::id).contains("LOCAL-RULE");
  }

  @Test
  void malformedRelatedStatementsAreRefusedLikeTheStatement() {
    Directory d = StatementGenerators.sampleDirectory();
    LiaisonStatement s = StatementGenerators.nearlyReadyOutgoing(d).apply(new Random(3));
    LiaisonStatement bad = ImmutableLiaisonStatement.copyOf(s).withSendReplyTo("liaison@example.org\r\nBcc: all@example.org");
    assertThatThrownBy(() -> LiaisonRules.standard().assess(s, d, AS_OF, List.of(bad)))
        .isInstanceOf(InvalidStatementException.class);
  }
}

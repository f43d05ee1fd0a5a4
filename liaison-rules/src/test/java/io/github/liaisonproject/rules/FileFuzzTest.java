package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.io.Format;
import io.github.liaisonproject.model.io.LiaisonFiles;
import io.github.liaisonproject.model.io.LiaisonInputException;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.FileMutations;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the statement and directory readers and the assessment behind them: valid JSON and YAML
 * files (the samples and generated ones) are mutated ({@link FileMutations}: truncation, byte
 * flips, invalid UTF-8, wrong types, huge strings, deep nesting, billion-laughs aliases, duplicate
 * keys, YAML tags, several documents...) and read. Every case must end, within a per-case timeout,
 * in one of:
 * <ul>
 *   <li>an assessment (the mutant still reads as a valid statement or directory);
 *   <li>a {@link LiaisonInputException} whose message names the file and a line
 *       ({@code file:line:column: ...});
 *   <li>an {@link InvalidStatementException} (a statement that reads but cannot be assessed).
 * </ul>
 * Anything else (another exception, an error, a hang) fails, naming the case and seed; the mutant
 * is kept in {@code target/fuzz-failures/}. Memory: the readers' limits keep each case bounded; the
 * test checks no case runs out of memory and the heap does not grow across cases.
 *
 * <p>Modes: 3,000 cases by default (a few seconds); {@code -Dliaison.nightly=true}: 100,000.
 * {@code -Dliaison.fuzz.seed=N} replays a run (the seed is printed to the test output);
 * {@code -Dliaison.fuzz.cases=N} overrides the count.
 */
class FileFuzzTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 10);
  static final long TIMEOUT_MS = Long.getLong("liaison.fuzz.timeoutMs", 10_000);

  record Seed(String name, byte[] bytes, boolean json, boolean directory) {}

  static List<Seed> seeds(Random r) {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(new Seed("statement-outgoing.yaml", Samples.text("statement-outgoing.yaml").getBytes(StandardCharsets.UTF_8), false, false));
    seeds.add(new Seed("directory.yaml", Samples.text("directory.yaml").getBytes(StandardCharsets.UTF_8), false, true));
    Directory sample = Samples.directory();
    for (int i = 0; i < 12; i++) {
      LiaisonStatement s = StatementGenerators.validStatements(sample).apply(r);
      boolean json = i % 2 == 0;
      seeds.add(new Seed("statement-" + i, LiaisonFiles.write(s, json ? Format.JSON : Format.YAML).getBytes(StandardCharsets.UTF_8), json, false));
    }
    seeds.add(new Seed("statement-json", LiaisonFiles.write(Samples.statement("outgoing"), Format.JSON)
        .getBytes(StandardCharsets.UTF_8), true, false));
    for (int i = 0; i < 4; i++) {
      Directory d = StatementGenerators.directories().apply(r);
      boolean json = i % 2 == 0;
      seeds.add(new Seed("directory-" + i, LiaisonFiles.write(d, json ? Format.JSON : Format.YAML).getBytes(StandardCharsets.UTF_8), json, true));
    }
    return seeds;
  }

  @Test
  void mutatedFilesEndInAnAssessmentOrAClearInputError(@TempDir Path tmp) throws Exception {
    long seed = TestMode.seed("liaison.fuzz.seed", "FileFuzzTest");
    int cases = Integer.getInteger("liaison.fuzz.cases", TestMode.count(3_000, 100_000));
    List<Seed> seeds = seeds(new Random(seed));
    LiaisonRules rules = LiaisonRules.standard();
    Directory sampleDirectory = Samples.directory();
    LiaisonStatement sampleStatement = Samples.statement("outgoing");
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Long> millisByKind = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true);
      return t;
    });
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long started = System.nanoTime();
    try {
      for (int i = 0; i < cases && failures.size() < 10; i++) {
        Random r = new Random(seed * 31 + i);
        Seed s = seeds.get(r.nextInt(seeds.size()));
        Seed other = seeds.get(r.nextInt(seeds.size()));
        FileMutations.Mutant m = FileMutations.mutate(r, s.bytes(), s.json(), other.bytes());
        kinds.merge(m.kind(), 1, Integer::sum);
        String ext = s.json() ? ".json" : (r.nextBoolean() ? ".yaml" : ".yml");
        Path file = tmp.resolve((s.directory() ? "dir-" : "st-") + i + ext);
        Files.write(file, m.bytes());
        Future<String> f = worker.submit(() -> {
          try {
            if (s.directory()) {
              Directory d = LiaisonFiles.readDirectory(file);
              rules.assess(sampleStatement, d, AS_OF);
            } else {
              LiaisonStatement st = LiaisonFiles.readStatement(file);
              rules.assess(st, sampleDirectory, AS_OF);
            }
            return "assessed";
          } catch (LiaisonInputException e) {
            String msg = e.getMessage();
            if (!msg.startsWith(file.toString() + ":")) {
              return "BAD: input error without the file name: " + msg;
            }
            if (e.line() <= 0) {
              return "BAD: input error without a line: " + firstLine(msg);
            }
            if (msg.contains("\tat ") || msg.contains("Exception:")) {
              return "BAD: input error with a stack trace or exception text: " + firstLine(msg);
            }
            return "input error";
          } catch (InvalidStatementException e) {
            return "invalid statement";
          }
        });
        String outcome;
        long caseStart = System.nanoTime();
        try {
          outcome = f.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          f.cancel(true);
          outcome = "BAD: no answer within " + TIMEOUT_MS + " ms";
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          outcome = "BAD: " + c.getClass().getName() + ": " + firstLine(String.valueOf(c.getMessage()));
        }
        millisByKind.merge(m.kind(), (System.nanoTime() - caseStart) / 1_000_000, Long::sum);
        if (outcome.startsWith("BAD")) {
          Path kept = Path.of("target", "fuzz-failures", file.getFileName().toString());
          Files.createDirectories(kept.getParent());
          Files.write(kept, m.bytes());
          failures.add("case " + i + " (" + m.kind() + " of " + s.name() + ", kept as " + kept + "): " + outcome);
          outcomes.merge("failure", 1, Integer::sum);
          if (outcome.contains("no answer within")) {
            break; // the worker is stuck; the rest cannot run
          }
        } else {
          outcomes.merge(outcome, 1, Integer::sum);
        }
        Files.delete(file);
      }
    } finally {
      worker.shutdownNow();
    }
    System.gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    System.out.printf("FileFuzzTest: %d cases in %d ms; outcomes %s; mutation kinds %s; heap before %d MB, after %d MB%n",
        outcomes.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1_000_000, outcomes, kinds,
        heapBefore >> 20, heapAfter >> 20);
    System.out.println("FileFuzzTest: milliseconds by mutation kind " + millisByKind);
    failures.forEach(x -> System.out.println("FileFuzzTest: " + x));
    assertThat(failures).as("cases that did not end in an assessment or a clear input error (seed " + seed + ")").isEmpty();
    assertThat(heapAfter - heapBefore).as("heap growth across the run").isLessThan(256L << 20);
    assertThat(outcomes.getOrDefault("input error", 0)).isPositive();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + " ...";
  }
}

package io.github.liaisonproject.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eight threads share one rule set and assess generated statements; every result must equal the
 * single-threaded result for the same input. Then the same under reloads: a {@link ReloadableRules}
 * is switched between two rule sets that differ in one rule's severity (CONTENT-SUBJECT-MISSING
 * INFO or WARNING), now and then to a freshly compiled one, while the threads assess; every
 * result must equal exactly one of the two single-threaded answers, and none may fail.
 *
 * <p>Sizes: by default 8,000 assessments in each part, about 20 s for the class on the CI
 * machine (measured: one assessment takes about 2.3 ms single-threaded there, two shared cores);
 * {@code -Dliaison.nightly=true}: 100,000 in each. {@code -Dliaison.seed=N} replays the inputs.
 */
class ConcurrencyStressTest {
  static final int THREADS = 8;
  static final int INPUTS = 600;
  static final int ASSESSMENTS = TestMode.count(8_000, 100_000);

  record Input(LiaisonStatement statement, Directory directory, LocalDate asOf) {}

  static LiaisonRules a;
  static LiaisonRules b;
  static List<Input> inputs;
  static List<Assessment> expectedA;
  static List<Assessment> expectedB;
  static long seed;

  @BeforeAll
  static void prepare() {
    seed = TestMode.seed("liaison.seed", "ConcurrencyStressTest");
    a = LiaisonRules.standard();
    b = severityVariant();
    Random r = new Random(seed);
    inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      Directory d = r.nextInt(3) == 0 ? StatementGenerators.directories().apply(r) : StatementGenerators.sampleDirectory();
      LiaisonStatement s = r.nextBoolean() ? StatementGenerators.nearlyReadyOutgoing(d).apply(r)
          : StatementGenerators.validStatements(d).apply(r);
      inputs.add(new Input(s, d, LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1_000))));
    }
    for (Input in : inputs.subList(0, 50)) {
      a.assess(in.statement(), in.directory(), in.asOf()); // warm up
    }
    long start = System.nanoTime();
    expectedA = inputs.stream().map(in -> a.assess(in.statement(), in.directory(), in.asOf())).toList();
    long perAssessmentMicros = (System.nanoTime() - start) / 1_000 / INPUTS;
    expectedB = inputs.stream().map(in -> b.assess(in.statement(), in.directory(), in.asOf())).toList();
    System.out.println("ConcurrencyStressTest: one assessment takes " + perAssessmentMicros + " µs single-threaded; "
        + ASSESSMENTS + " assessments per part on " + THREADS + " threads, " + Runtime.getRuntime().availableProcessors() + " cores");
  }

  static LiaisonRules severityVariant() {
    return LiaisonRules.builder().severity("CONTENT-SUBJECT-MISSING", Severity.WARNING).build();
  }

  @Test
  void sharedRulesGiveTheSingleThreadedAnswer() throws Exception {
    List<String> mismatches = run(i -> a.assess(inputs.get(i).statement(), inputs.get(i).directory(), inputs.get(i).asOf()),
        (i, got) -> got.equals(expectedA.get(i)), null);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void reloadsNeverYieldAMixedOrFailedAssessment() throws Exception {
    long differing = java.util.stream.IntStream.range(0, INPUTS).filter(i -> !expectedA.get(i).equals(expectedB.get(i))).count();
    assertThat(differing).as("inputs whose answer differs between the two rule sets").isGreaterThan(INPUTS / 10);
    ReloadableRules reloadable = new ReloadableRules(a);
    AtomicInteger reloads = new AtomicInteger();
    AtomicInteger freshBuilds = new AtomicInteger();
    AtomicInteger answeredA = new AtomicInteger();
    AtomicInteger answeredB = new AtomicInteger();
    Runnable reloader = () -> {
      boolean toB = true;
      while (!Thread.currentThread().isInterrupted()) {
        int n = reloads.incrementAndGet();
        if (n % 500 == 0 && freshBuilds.get() < TestMode.count(2, 10)) {
          freshBuilds.incrementAndGet();
          assertThat(reloadable.reload(ConcurrencyStressTest::severityVariant)).isEmpty(); // compiles while serving
        } else {
          LiaisonRules next = toB ? b : a;
          assertThat(reloadable.reload(() -> next)).isEmpty();
        }
        toB = !toB;
        try {
          Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    };
    List<String> mismatches = run(i -> reloadable.assess(inputs.get(i).statement(), inputs.get(i).directory(), inputs.get(i).asOf()),
        (i, got) -> {
          boolean isA = got.equals(expectedA.get(i));
          boolean isB = got.equals(expectedB.get(i));
          if (isA && !isB) {
            answeredA.incrementAndGet();
          } else if (isB && !isA) {
            answeredB.incrementAndGet();
          }
          return got.failures().isEmpty() && (isA || isB);
        }, reloader);
    System.out.println("ConcurrencyStressTest: " + reloads + " reloads (" + freshBuilds + " freshly compiled); answers only the first set gives: "
        + answeredA + ", only the second: " + answeredB);
    assertThat(mismatches).isEmpty();
    assertThat(answeredA.get()).isPositive();
    assertThat(answeredB.get()).isPositive();
  }

  interface Assess {
    Assessment apply(int input);
  }

  interface Check {
    boolean ok(int input, Assessment got);
  }

  /** Runs ASSESSMENTS assessments on THREADS threads (with the background task, if any); returns the mismatches. */
  static List<String> run(Assess assess, Check check, Runnable background) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch go = new CountDownLatch(1);
    long start = System.nanoTime();
    try {
      Future<?> bg = background == null ? null : pool.submit(background);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          go.await();
          Random r = new Random(seed + thread);
          while (!stop.get() && next.getAndIncrement() < ASSESSMENTS) {
            int i = r.nextInt(INPUTS);
            try {
              Assessment got = assess.apply(i);
              if (!check.ok(i, got)) {
                mismatches.add("input " + i + ": " + got);
              }
            } catch (RuntimeException e) {
              mismatches.add("input " + i + " threw " + e);
            }
            if (mismatches.size() > 5) {
              stop.set(true);
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> w : workers) {
        w.get(10, TimeUnit.MINUTES);
      }
      if (bg != null) {
        bg.cancel(true);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    System.out.println("ConcurrencyStressTest: " + Math.min(next.get(), ASSESSMENTS) + " assessments in "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
    return new ArrayList<>(mismatches);
  }
}

package io.github.liaisonproject.bench;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.samples.Samples;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Explanation;
import io.github.liaisonproject.rules.LiaisonRules;
import io.github.liaisonproject.rules.oracle.Answer;
import io.github.liaisonproject.rules.oracle.HandCoded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One typical outgoing statement (the model's sample, from a WG to another organization) through
 * the full standard rule set, and through the hand-coded oracle; 10,000 generated statements in
 * batch calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessBenchmark {
  /** Statements per batch call. */
  public static final int BATCH = 10_000;

  LiaisonRules rules;
  Directory directory;
  LiaisonStatement statement;
  LocalDate asOf;
  List<LiaisonStatement> batch;

  @Setup
  public void setUp() {
    rules = LiaisonRules.standard();
    directory = Samples.directory();
    statement = Samples.statement("outgoing");
    asOf = LocalDate.of(2026, 6, 1);
    Function<Random, LiaisonStatement> gen = StatementGenerators.validStatements(directory);
    Random random = new Random(4053);
    batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(gen.apply(random));
    }
  }

  @Benchmark
  public Assessment assess() {
    return rules.assess(statement, directory, asOf);
  }

  @Benchmark
  @Threads(2)
  public Assessment assess2Threads() {
    return rules.assess(statement, directory, asOf);
  }

  /**
   * The same statement with explanations on ({@link LiaisonRules#explain}): its own session with a
   * listener, every match and answer recorded, each reason put into words. {@link #assess} is the
   * same assessment with explanations off.
   */
  @Benchmark
  public Explanation explain() {
    return rules.explain(statement, directory, asOf, List.of());
  }

  @Benchmark
  public Answer handcoded() {
    return HandCoded.assess(statement, directory, asOf, List.of());
  }

  /** One op is a batch of {@link #BATCH} statements. */
  @Benchmark
  public List<Assessment> batch() {
    return rules.assessAll(batch, directory, asOf);
  }
}

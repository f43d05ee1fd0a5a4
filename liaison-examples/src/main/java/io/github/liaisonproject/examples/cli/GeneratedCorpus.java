package io.github.liaisonproject.examples.cli;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.testing.StatementGenerators;
import io.github.liaisonproject.rules.RuleSetDiff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * {@code generated:N[:SEED]}: N statements from the framework-neutral generators, alternately any
 * valid statement and an outgoing one nearly ready to send (so that changes to what blocks sending
 * show up as flips), assessed as of {@link StatementGenerators#NEARLY_READY_AS_OF}. The same seed
 * gives the same statements.
 *
 * <p>The generators come from the liaison-testing module (a dependency of this module for this
 * class alone).
 */
final class GeneratedCorpus {
  static final String PREFIX = "generated:";
  static final long DEFAULT_SEED = 1;
  static final int MAX = 1_000_000;

  private GeneratedCorpus() {}

  static boolean matches(String spec) {
    return spec.startsWith(PREFIX);
  }

  static List<RuleSetDiff.Item> read(String spec, Directory directory) {
    String[] parts = spec.substring(PREFIX.length()).split(":", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      throw new CliException(spec + ": write generated:N or generated:N:SEED, e.g. generated:1000:42");
    }
    int n;
    long seed;
    try {
      n = Integer.parseInt(parts[0].trim());
    } catch (NumberFormatException e) {
      throw new CliException(spec + ": N must be a whole number of statements, e.g. generated:1000", e);
    }
    if (n < 1 || n > MAX) {
      throw new CliException(spec + ": N must be from 1 to " + MAX + ", was " + n);
    }
    try {
      seed = parts.length == 2 ? Long.parseLong(parts[1].trim()) : DEFAULT_SEED;
    } catch (NumberFormatException e) {
      throw new CliException(spec + ": SEED must be a whole number, e.g. generated:1000:42", e);
    }
    Random random = new Random(seed);
    Function<Random, LiaisonStatement> any = StatementGenerators.validStatements(directory);
    Function<Random, LiaisonStatement> nearlyReady = StatementGenerators.nearlyReadyOutgoing(directory);
    LocalDate asOf = StatementGenerators.NEARLY_READY_AS_OF;
    List<RuleSetDiff.Item> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LiaisonStatement s = (i % 2 == 0 ? any : nearlyReady).apply(random);
      items.add(new RuleSetDiff.Item("generated:" + seed + " #" + (i + 1), s, asOf, List.of()));
    }
    return items;
  }
}

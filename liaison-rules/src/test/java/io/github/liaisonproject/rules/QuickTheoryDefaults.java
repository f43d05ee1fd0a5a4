package io.github.liaisonproject.rules;

import org.quicktheories.QuickTheory;

/** The QuickTheories settings of the reliability tests: a fixed, printed seed; enough shrinking. */
final class QuickTheoryDefaults {
  private QuickTheoryDefaults() {}

  static QuickTheory qt(long seed, int examples) {
    return QuickTheory.qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(3_000)
        .withGenerateAttempts(Math.max(examples * 10, 10_000));
  }
}

package io.github.liaisonproject.model.testing;

import java.util.Random;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Turns a {@code Function<Random, T>} generator (see {@link StatementGenerators}) into a
 * QuickTheories {@link Gen}: each value is drawn from a {@link Random} seeded by QuickTheories'
 * own source, so runs are reproducible from QuickTheories' reported seed. No shrinking.
 */
public final class Gens {
  private Gens() {}

  public static <T> Gen<T> of(Function<Random, T> generator) {
    return prng -> generator.apply(new Random(prng.next(Constraint.none())));
  }
}

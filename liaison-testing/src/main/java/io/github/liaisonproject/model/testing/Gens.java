package io.github.liaisonproject.model.testing;

import java.util.Random;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Turns a {@code Function<Random, T>} generator (see {@link StatementGenerators}) into a
 * QuickTheories {@link Gen}.
 *
 * <ul>
 *   <li>{@link #of(Function)}: each value is drawn from a {@link Random} seeded by QuickTheories'
 *       own source, so runs are reproducible from QuickTheories' reported seed. No shrinking.
 *   <li>{@link #shrinking(Function)}: every bit the generator draws from its {@link Random} is a
 *       QuickTheories draw, so QuickTheories shrinks the value by shrinking those draws toward 0.
 *       The generators are written so that 0 is the simple choice ({@code nextBoolean()} false
 *       skips an optional part, {@code nextInt(n)} 0 adds no list element or picks the first
 *       option): a failing statement shrinks toward one with fewer parts. Reproducible from the
 *       reported seed as well.
 * </ul>
 */
public final class Gens {
  private Gens() {}

  /**
   * A Gen drawing each value from a {@link Random} seeded by QuickTheories' source: reproducible
   * from QuickTheories' reported seed, without shrinking.
   *
   * @param <T> the values' type
   * @param generator the generator; not null
   * @return the Gen
   */
  public static <T> Gen<T> of(Function<Random, T> generator) {
    return prng -> generator.apply(new Random(prng.next(Constraint.none())));
  }

  /**
   * A Gen that QuickTheories can shrink: every bit the generator draws is a QuickTheories draw (see
   * the class comment).
   *
   * @param <T> the values' type
   * @param generator the generator; not null
   * @return the Gen
   */
  public static <T> Gen<T> shrinking(Function<Random, T> generator) {
    return prng -> generator.apply(new SourcedRandom(prng));
  }

  /**
   * A {@link Random} whose every {@code next(bits)} is one draw from QuickTheories' source,
   * constrained to {@code [0, 2^bits)} and shrinking toward 0. {@link Random}'s other methods
   * ({@code nextInt(bound)}, {@code nextBoolean()}, {@code nextLong()}...) are built on it.
   */
  static final class SourcedRandom extends Random {
    private static final long serialVersionUID = 1L;
    private final transient RandomnessSource source;

    SourcedRandom(RandomnessSource source) {
      super(0L);
      this.source = source;
    }

    @Override
    protected int next(int bits) {
      if (source == null) {
        return super.next(bits); // only while Random's constructor runs
      }
      long max = bits >= 32 ? 0xFFFF_FFFFL : (1L << bits) - 1;
      return (int) source.next(Constraint.between(0, max).withShrinkPoint(0));
    }
  }
}

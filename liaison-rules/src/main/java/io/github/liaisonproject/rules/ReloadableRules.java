package io.github.liaisonproject.rules;

import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A rule set that an embedding tool can swap while serving: {@link #reload} builds the new set
 * first and swaps it in atomically only when it compiles; otherwise the old one keeps serving and
 * the problems are returned. Every assessment runs wholly on one rule set, never a mix.
 * Thread-safe: assessments and reloads may run on any threads at once.
 */
public final class ReloadableRules {
  private final AtomicReference<LiaisonRules> current;

  /**
   * A reloadable rule set serving {@code initial}.
   *
   * @param initial the rule set to serve first; not null
   * @throws NullPointerException when it is null
   */
  public ReloadableRules(LiaisonRules initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** {@return the rule set serving now, never null} */
  public LiaisonRules current() {
    return current.get();
  }

  /**
   * Builds a new rule set and, when it builds, makes it current. Reloads that overlap each set
   * their own result; the last to finish serves.
   *
   * @param build builds the new rule set, for example {@code () ->
   *     LiaisonRules.builder().authorFolder(dir).build()}; not null
   * @return the problems; empty when the new set is serving
   * @throws NullPointerException when {@code build} is null or returns null
   */
  public List<RuleProblem> reload(Supplier<LiaisonRules> build) {
    try {
      current.set(Objects.requireNonNull(build.get(), "the new rule set"));
      return List.of();
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  /**
   * Assesses with the current rule set, as {@link LiaisonRules#assess(LiaisonStatement, Directory,
   * LocalDate)}.
   *
   * @param statement the statement; not null
   * @param directory the directory; not null
   * @param asOf the day "today" is; not null
   * @return the assessment
   * @throws io.github.liaisonproject.model.validation.InvalidStatementException when the statement or
   *     directory is malformed
   */
  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf) {
    return current.get().assess(statement, directory, asOf);
  }

  /**
   * Assesses with the current rule set, as {@link LiaisonRules#assess(LiaisonStatement, Directory, LocalDate,
   * Collection)}.
   *
   * @param statement the statement; not null
   * @param directory the directory; not null
   * @param asOf the day "today" is; not null
   * @param related the related statements; not null
   * @return the assessment
   * @throws io.github.liaisonproject.model.validation.InvalidStatementException when an input is malformed
   */
  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf,
      Collection<LiaisonStatement> related) {
    return current.get().assess(statement, directory, asOf, related);
  }

  /**
   * Assesses a batch with the current rule set, as {@link LiaisonRules#assessAll}: every
   * statement of the batch with the same rule set.
   *
   * @param statements the statements; not null
   * @param directory the directory; not null
   * @param asOf the day "today" is; not null
   * @return one assessment per statement, in order
   * @throws io.github.liaisonproject.model.validation.InvalidStatementException for the first malformed
   *     statement
   */
  public List<Assessment> assessAll(List<LiaisonStatement> statements, Directory directory, LocalDate asOf) {
    return current.get().assessAll(statements, directory, asOf);
  }
}

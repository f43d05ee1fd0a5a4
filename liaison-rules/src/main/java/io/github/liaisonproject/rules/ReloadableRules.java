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
 */
public final class ReloadableRules {
  private final AtomicReference<LiaisonRules> current;

  public ReloadableRules(LiaisonRules initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** The rule set serving now. */
  public LiaisonRules current() {
    return current.get();
  }

  /**
   * Builds a new rule set and, when it builds, makes it current.
   *
   * @return the problems; empty when the new set is serving
   */
  public List<RuleProblem> reload(Supplier<LiaisonRules> build) {
    try {
      current.set(Objects.requireNonNull(build.get(), "the new rule set"));
      return List.of();
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf) {
    return current.get().assess(statement, directory, asOf);
  }

  public Assessment assess(LiaisonStatement statement, Directory directory, LocalDate asOf,
      Collection<LiaisonStatement> related) {
    return current.get().assess(statement, directory, asOf, related);
  }

  public List<Assessment> assessAll(List<LiaisonStatement> statements, Directory directory, LocalDate asOf) {
    return current.get().assessAll(statements, directory, asOf);
  }
}

package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.validation.InvalidStatementException;
import io.github.liaisonproject.model.validation.StatementValidator;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Statement validation with a small memory of statements already found well-formed, by identity.
 * Validating with Hibernate Validator is about a third of an assessment; an embedder that assesses
 * the same statement again (another as-of date, another rule set, the statement in a batch and on
 * its own) pays for it once. Only the model's immutable implementation is remembered: its values
 * cannot change after validation. A malformed statement is never remembered, so it is rejected,
 * with every violation, every time.
 */
public final class WellFormed {
  private static final int SLOTS = 1024; // a power of two
  private static final AtomicReferenceArray<WeakReference<LiaisonStatement>> SEEN = new AtomicReferenceArray<>(SLOTS);

  private WellFormed() {}

  /**
   * @throws InvalidStatementException listing every violation, when the statement is malformed
   */
  public static void require(LiaisonStatement statement) {
    if (!(statement instanceof ImmutableLiaisonStatement)) {
      StatementValidator.shared().requireWellFormed(statement);
      return;
    }
    int slot = System.identityHashCode(statement) & (SLOTS - 1);
    WeakReference<LiaisonStatement> ref = SEEN.get(slot);
    if (ref != null && ref.get() == statement) {
      return;
    }
    StatementValidator.shared().requireWellFormed(statement);
    SEEN.set(slot, new WeakReference<>(statement));
  }
}

package io.github.liaisonproject.consumer;

import io.github.liaisonproject.rules.Assessment;
import java.util.List;

/**
 * An embedder's own process rule, the kind the README's property test checks: a statement goes
 * into the outbox only when Liaison finds it ready to send, and then to Liaison's delivery
 * addresses exactly.
 */
public final class Outbox {
  private Outbox() {}

  /** The addresses the statement is mailed to: Liaison's To when ready to send, else none. */
  public static List<String> recipients(Assessment assessment) {
    return assessment.readyToSend() ? assessment.delivery().toAddresses() : List.of();
  }
}

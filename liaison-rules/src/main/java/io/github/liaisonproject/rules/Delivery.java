package io.github.liaisonproject.rules;

import java.util.List;

/**
 * Where the statement goes (ROUTE-DELIVERY, -05 §2.1): the To, Cc and Reply-To addresses of the
 * mail that carries it, each with the rule that put it there. Empty when it cannot be delivered.
 * An immutable value.
 *
 * @param to the To addresses, in order; unmodifiable
 * @param cc the Cc addresses, in order; unmodifiable
 * @param replyTo the Reply-To addresses; unmodifiable
 */
public record Delivery(List<Recipient> to, List<Recipient> cc, List<Recipient> replyTo) {
  /**
   * Copies the lists.
   *
   * @param to the To addresses, in order; unmodifiable
   * @param cc the Cc addresses, in order; unmodifiable
   * @param replyTo the Reply-To addresses; unmodifiable
   * @throws NullPointerException when a list or an element is null
   */
  public Delivery {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    replyTo = List.copyOf(replyTo);
  }

  /** {@return the To addresses alone, in order} */
  public List<String> toAddresses() {
    return to.stream().map(Recipient::address).toList();
  }

  /** {@return the Cc addresses alone, in order} */
  public List<String> ccAddresses() {
    return cc.stream().map(Recipient::address).toList();
  }

  /** {@return the Reply-To addresses alone} */
  public List<String> replyToAddresses() {
    return replyTo.stream().map(Recipient::address).toList();
  }

  /** {@return true when there is no address at all: the statement cannot be delivered as it stands} */
  public boolean isEmpty() {
    return to.isEmpty() && cc.isEmpty() && replyTo.isEmpty();
  }
}

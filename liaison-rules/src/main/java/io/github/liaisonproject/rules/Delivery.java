package io.github.liaisonproject.rules;

import java.util.List;

/**
 * Where the statement goes (ROUTE-DELIVERY, -05 §2.1): the To, Cc and Reply-To addresses of the
 * mail that carries it, each with the rule that put it there. Empty when it cannot be delivered.
 */
public record Delivery(List<Recipient> to, List<Recipient> cc, List<Recipient> replyTo) {
  public Delivery {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    replyTo = List.copyOf(replyTo);
  }

  public List<String> toAddresses() {
    return to.stream().map(Recipient::address).toList();
  }

  public List<String> ccAddresses() {
    return cc.stream().map(Recipient::address).toList();
  }

  public List<String> replyToAddresses() {
    return replyTo.stream().map(Recipient::address).toList();
  }

  public boolean isEmpty() {
    return to.isEmpty() && cc.isEmpty() && replyTo.isEmpty();
  }
}

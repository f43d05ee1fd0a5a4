package io.github.liaisonproject.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Drafts replies (§2.1, §2.2): From and To swapped, purpose In Response naming the original, Send
 * To set to the original's Send Reply To, and Send Reply To proposed as ROUTE-OUTGOING-REPLY-ADDRESS
 * says. The draft is a statement like any other: assess it before sending.
 */
public final class Replies {
  private Replies() {}

  /**
   * A reply to {@code original}, to be completed (subject, body, contacts of the replying side).
   *
   * <ul>
   *   <li>From: the original's To bodies; To: the original's From bodies.
   *   <li>To-Contacts: the original's From-Contacts; Send To: the original's Send Reply To, else
   *       (inferred) nothing, so delivery goes to those From-Contacts.
   *   <li>From-Contacts: the original's To-Contacts (the groups that received it).
   *   <li>Send Reply To (outgoing replies): the liaison manager's alias of the original's
   *       organization, else the IAB's liaison-coordination address. Incoming replies keep none.
   *   <li>Subject: "Re: " and the original's subject; deadline none; responds to the original's id.
   * </ul>
   *
   * @param original the statement answered; not null
   * @param directory where the manager aliases are looked up; not null
   * @return a new statement, not validated: assess it before sending
   * @throws NullPointerException when an argument is null
   */
  public static LiaisonStatement draft(LiaisonStatement original, Directory directory) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(directory, "directory");
    ImmutableLiaisonStatement.Builder reply = LiaisonStatement.builder()
        .from(original.getTo())
        .to(original.getFrom())
        .fromContacts(original.getToContacts())
        .toContacts(original.getFromContacts())
        .sendTo(original.getSendReplyTo())
        .purpose(Purpose.IN_RESPONSE)
        .subject(original.getSubject().map(s -> s.regionMatches(true, 0, "Re: ", 0, 4) ? s : "Re: " + s));
    original.getId().ifPresent(reply::addRespondsTo);
    boolean replyIsOutgoing = original.getTo().stream().anyMatch(Body::isIetfSide);
    if (replyIsOutgoing) {
      reply.sendReplyTo(proposedSendReplyTo(original.getFrom(), directory));
    }
    return reply.build();
  }

  /**
   * {@return the Send Reply To an outgoing statement to these bodies should carry (§2.1): the liaison
   * manager's alias where a relationship exists, else the directory's liaison-coordination address; never
   * null}
   * @param to the statement's To bodies; not null
   * @param directory the directory; not null
   */
  public static String proposedSendReplyTo(List<Body> to, Directory directory) {
    Optional<String> alias = directory.relationshipFor(to).flatMap(LiaisonRelationship::getAlias);
    return alias.orElse(directory.getLiaisonCoordination());
  }
}

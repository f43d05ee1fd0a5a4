package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.model.Approval;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Citation;
import io.github.liaisonproject.rules.Due;
import io.github.liaisonproject.rules.Eligibility;
import io.github.liaisonproject.rules.Responsible;
import io.github.liaisonproject.rules.engine.Outcome;
import java.util.Arrays;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code report} of every rule file. A rule's consequence is one call here; the call
 * reads the rule's metadata ({@code @id}, {@code @section}, {@code @severity}) so that authors never
 * build result objects by hand. Each call takes {@code kcontext}, the rule's own context.
 *
 * <pre>
 *   then report.finding(kcontext, "For Action without a deadline: add the date action is needed by");
 * </pre>
 *
 * <p>One {@code Report} serves one assessment: the engine makes it with the session and it records
 * into that assessment only. Not thread-safe, and it need not be: a session fires its rules on one
 * thread. Arguments are required unless a method says otherwise; a rule that passes a null, or an
 * address that is not a bare mail address where one goes into mail headers, fails (a
 * {@link io.github.liaisonproject.rules.RuleFailure}) rather than producing a wrong answer.
 */
@Describe("The global report: each consequence is one call, which reads the rule's @id, @section and @severity.")
public final class Report {
  private final Outcome outcome;

  /**
   * Made by the engine for each assessment; rule files use the global {@code report}.
   *
   * @param outcome the assessment being recorded
   */
  public Report(Outcome outcome) {
    this.outcome = outcome;
  }

  // ---- findings ------------------------------------------------------------------------------

  /**
   * Reports a finding with the rule's own severity ({@code @severity}, or the one the settings give it).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param message what is wrong, in words a person can act on
   */
  @Describe("report.finding(kcontext, message): a finding with the rule's severity; with a severity first (\"WARNING\"), that severity.")
  public void finding(RuleContext rule, String message) {
    outcome.finding(rule.getRule().getName(), null, message);
  }

  /**
   * Reports a finding with a severity chosen by the rule (for rules whose severity depends on the case).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param severity ERROR, WARNING or INFO
   * @param message what is wrong, in words a person can act on
   */
  @Describe("report.finding(kcontext, message): a finding with the rule's severity; with a severity first (\"WARNING\"), that severity.")
  public void finding(RuleContext rule, String severity, String message) {
    outcome.finding(rule.getRule().getName(), severity, message);
  }

  // ---- decisions -----------------------------------------------------------------------------

  /**
   * Proposes a value for a field (a From-Contact, a Send Reply To); when the rule has a severity,
   * the message is also a finding.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param field the statement's property ("sendReplyTo", "fromContacts")
   * @param value the proposed value
   * @param message why, in words
   */
  @Describe("report.propose(kcontext, field, value, message): proposes a value for a field; a finding too when the rule has a severity.")
  public void propose(RuleContext rule, String field, String value, String message) {
    outcome.proposal(rule.getRule().getName(), field, value, message);
  }

  /**
   * The statement goes To these addresses (one {@link DeliveryAddress} each, in this order); null and blank
   * ones are skipped.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param addresses the addresses
   * @param reason why they are there, in words
   */
  @Describe("report.deliverTo(kcontext, addresses, reason): the statement goes To these addresses.")
  public void deliverTo(RuleContext rule, List<String> addresses, String reason) {
    deliverAll(rule, Header.TO, addresses, reason);
  }

  /**
   * The statement is copied (Cc) to these addresses; null and blank ones are skipped.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param addresses the addresses
   * @param reason why they are there, in words
   */
  @Describe("report.copyTo(kcontext, addresses, reason): the statement is copied (Cc) to these addresses.")
  public void copyTo(RuleContext rule, List<String> addresses, String reason) {
    deliverAll(rule, Header.CC, addresses, reason);
  }

  /**
   * Replies go to this address (the mail's Reply-To header); a null or blank address is skipped.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param address the address
   * @param reason why, in words
   */
  @Describe("report.replyTo(kcontext, address, reason): replies go to this address (Reply-To).")
  public void replyTo(RuleContext rule, String address, String reason) {
    deliver(rule, Header.REPLY_TO, address, 0, reason);
  }

  /**
   * One address of the delivery, in this header; a null or blank address is skipped.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param header TO, CC or REPLY_TO
   * @param address the address
   * @param reason why it is there, in words
   */
  @Describe("report.deliver(kcontext, Header.CC, address, reason): one address of the delivery, in this header.")
  public void deliver(RuleContext rule, Header header, String address, String reason) {
    deliver(rule, header, address, 0, reason);
  }

  /**
   * One contact of the statement in the delivery, in this header (in the contacts' order).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param header TO, CC or REPLY_TO
   * @param contact the contact fact
   * @param reason why it is there, in words
   */
  @Describe("report.deliver(kcontext, Header.CC, $contact, reason): a From- or To-Contact in the delivery, in their order.")
  public void deliver(RuleContext rule, Header header, Contact contact, String reason) {
    deliver(rule, header, contact.getAddress(), contact.getIndex(), reason);
  }

  /**
   * Removes an address from the delivery (a local policy: "never copy the WG list on statements to
   * 3GPP"). The address goes; when the rule has a severity, the reason is also a finding, so the
   * assessment shows why.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param address the delivery address fact to remove
   * @param reason why, in words
   */
  @Describe("report.dropDelivery(kcontext, $address, reason): takes this DeliveryAddress out of the delivery (a finding too when the rule has a severity).")
  public void dropDelivery(RuleContext rule, DeliveryAddress address, String reason) {
    outcome.dropDelivery(rule.getRule().getName(), address, reason);
    delete(rule, address);
  }

  /**
   * Every fact a rule derives goes into the session here, and every one it withdraws leaves it
   * here: the outcome keeps the list when explanations are on (the engine may drop a fact that no
   * rule can match from the session at once, so the session alone does not show every fact).
   */
  private void insert(RuleContext rule, Object fact) {
    rule.getKieRuntime().insert(fact);
    outcome.inserted(fact);
  }

  private void delete(RuleContext rule, Object fact) {
    var handle = rule.getKieRuntime().getFactHandle(fact);
    if (handle != null) {
      rule.getKieRuntime().delete(handle);
    }
    outcome.deleted(fact);
  }

  private void deliverAll(RuleContext rule, Header header, List<String> addresses, String reason) {
    for (int i = 0; i < addresses.size(); i++) {
      deliver(rule, header, addresses.get(i), i, reason);
    }
  }

  private void deliver(RuleContext rule, Header header, String address, int order, String reason) {
    if (address == null || address.isBlank()) {
      return;
    }
    // Checked where it is recorded: a delivery becomes mail headers, so an address with CR or LF,
    // or anything but a bare address, is the rule's failure and never reaches the Delivery.
    if (!io.github.liaisonproject.model.validation.MailAddressValidator.isMailAddress(address)) {
      outcome.failure(rule.getRule().getName(), new IllegalArgumentException("the rule gave "
          + io.github.liaisonproject.rules.engine.Outcome.quoted(address) + " as a " + header
          + " address: it is not a bare mail address (name@example.org), so it is left out of the delivery"));
      return;
    }
    DeliveryAddress fact = new DeliveryAddress(header, address, reason, outcome.citation(rule.getRule().getName()), order);
    outcome.delivery(fact);
    insert(rule, fact);
  }

  /**
   * The statement needs an approval for {@code forWhom} from one of {@code approvers}. Inserts an
   * {@link ApprovalNeed} fact, and an {@link ApprovalGiven} for each approval on the statement
   * whose address is one of the approvers' (the claimed role is not trusted; the directory is).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param forWhom for whom the approval is given, in words ("IETF WG netconf (area ops)")
   * @param approvers the potential approvers; may be empty (nobody can meet it yet)
   * @return the need inserted
   */
  @Describe("report.requireApproval(kcontext, forWhom, approvers): derives an ApprovalNeed, met by any approval on the statement from one of the approvers.")
  public ApprovalNeed requireApproval(RuleContext rule, String forWhom, List<Approver> approvers) {
    Citation citation = outcome.citation(rule.getRule().getName());
    ApprovalNeed need = new ApprovalNeed(forWhom, approvers, citation);
    insert(rule, need);
    outcome.approvalNeeded(need);
    Statement st = outcome.statement();
    for (Approval a : st.getModel().getApprovals()) {
      for (Approver candidate : approvers) {
        if (candidate.address().equalsIgnoreCase(a.getAddress())) {
          give(rule, need, candidate, citation);
        }
      }
    }
    return need;
  }

  /**
   * The need is met by its potential approver with this address, found so by this rule
   * (APPROVAL-SELF, say); nothing happens when no potential approver has it.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param need the need
   * @param approverAddress the address, compared ignoring case
   */
  @Describe("report.approvalGiven(kcontext, $need, address): the need is met by its potential approver with this address.")
  public void approvalGiven(RuleContext rule, ApprovalNeed need, String approverAddress) {
    Citation citation = outcome.citation(rule.getRule().getName());
    need.getApprovers().stream().filter(a -> a.address().equalsIgnoreCase(approverAddress)).findFirst()
        .ifPresent(a -> give(rule, need, a, citation));
  }

  /**
   * The need is met by this approver, whoever it is: a local policy under which one approver
   * approves for several requirements ("any potential approver approves for all").
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param need the need
   * @param approver the approver
   */
  @Describe("report.approvalGiven(kcontext, $need, $approver): the need is met by this approver, a policy's choice.")
  public void approvalGiven(RuleContext rule, ApprovalNeed need, Approver approver) {
    if (approver != null) { // an approval the record shows without an approver is approvedOnRecord's
      give(rule, need, approver, outcome.citation(rule.getRule().getName()));
    }
  }

  /**
   * The need is met on the statement's public record, which shows it approved: by the potential
   * approver whose address the record gives (compared ignoring case), or by nobody named when it
   * gives none of theirs (a name alone is not matched: the directory's may be spelt otherwise). As
   * for an approval on the statement, the rule that made the requirement is cited as finding it
   * given, not the calling rule.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param need the need
   */
  @Describe("report.approvedOnRecord(kcontext, $need): the need is met on the public record (by the approver whose address it gives, if any).")
  public void approvedOnRecord(RuleContext rule, ApprovalNeed need) {
    io.github.liaisonproject.model.RecordedApproval record = outcome.statement().getModel().getRecordedApproval().orElse(null);
    Approver named = null;
    if (record != null) {
      for (Approver a : need.getApprovers()) {
        if (record.getByAddress().map(x -> Addresses.same(x, a.address())).orElse(false)) {
          named = a;
          break;
        }
      }
    }
    give(rule, need, named, need.getCitation());
  }

  private void give(RuleContext rule, ApprovalNeed need, Approver approver, Citation citation) {
    ApprovalGiven given = new ApprovalGiven(need, approver, citation);
    if (outcome.approvalGiven(given)) {
      insert(rule, given);
    }
  }

  /**
   * No approval is needed (incoming statements).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   */
  @Describe("report.noApprovalNeeded(kcontext): no approval is needed (incoming statements).")
  public void noApprovalNeeded(RuleContext rule) {
    outcome.noApprovalNeeded(rule.getRule().getName());
  }

  /**
   * The eligibility of a transmitted document; of several verdicts for one document the most cautious wins.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the model's document reference
   * @param eligibility the verdict
   */
  @Describe("report.transmission(kcontext, $document, Eligibility.ELIGIBLE): the document's verdict (the most cautious of several wins).")
  public void transmission(RuleContext rule, DocumentReference document, Eligibility eligibility) {
    outcome.transmission(rule.getRule().getName(), document, eligibility);
  }

  /**
   * A finding about one transmitted document: in the findings, and in that document's verdict.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the model's document reference
   * @param message what is wrong, in words
   */
  @Describe("report.documentFinding(kcontext, $document, message): a finding attached to the document's verdict.")
  public void documentFinding(RuleContext rule, DocumentReference document, String message) {
    outcome.documentFinding(rule.getRule().getName(), document, message);
  }

  // ---- obligations ---------------------------------------------------------------------------

  /**
   * Someone must do something, by when.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param who who must act ({@link #who(String, String...)})
   * @param what what they must do, in words
   * @param due when it falls due
   */
  @Describe("report.obligation(kcontext, who, what, due[, discharged]): someone must do something, by when (discharged: already done).")
  public void obligation(RuleContext rule, Responsible who, String what, Due due) {
    outcome.obligation(rule.getRule().getName(), who, what, due, false);
  }

  /**
   * An obligation already discharged (a response recorded, say): reported so the record shows it.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param who who had to act
   * @param what what they had to do, in words
   * @param due when it fell due
   */
  @Describe("report.dischargedObligation(kcontext, who, what, due): an obligation the record shows done.")
  public void dischargedObligation(RuleContext rule, Responsible who, String what, Due due) {
    outcome.obligation(rule.getRule().getName(), who, what, due, true);
  }

  // ---- helpers for consequences ---------------------------------------------------------------

  /**
   * {@return who, for an obligation: a role and its addresses}
   * @param role the role in words ("the chairs of WG netconf")
   * @param addresses their addresses; no null element
   */
  @Describe("Report.who(role, addresses...): who, for an obligation: a role and its addresses.")
  public static Responsible who(String role, List<String> addresses) {
    return new Responsible(role, addresses);
  }

  /**
   * {@return who, for an obligation: a role and its addresses (null addresses left out)}
   * @param role the role in words
   * @param addresses their addresses
   */
  @Describe("Report.who(role, addresses...): who, for an obligation: a role and its addresses.")
  public static Responsible who(String role, String... addresses) {
    return new Responsible(role, Arrays.stream(addresses).filter(a -> a != null).toList());
  }

  /**
   * Who: a role and the addresses of the lists in turn, each once ({@link Addresses#of}): each a
   * collected list of role holders (in the directory's order) or a list of addresses: {@code
   * Report.whoHolds("the chairs", $holders, $s.getManagerAddresses())} with {@code $holders : List()
   * from collect( RoleHolder( ... ) )}.
   *
   * @param role the role in words
   * @param lists each a collected list of {@link RoleHolder} facts or a list of addresses; null lists skipped
   * @return who, for an obligation
   * @throws IllegalArgumentException when an element is neither a RoleHolder nor a String
   */
  @Describe("Report.whoHolds(role, lists...): who, for an obligation: a role and the addresses of each list in turn, each once: a collected list of RoleHolder (directory order) or a list of addresses (Addresses.single(a) for one).")
  public static Responsible whoHolds(String role, List<?>... lists) {
    return new Responsible(role, Addresses.of(lists));
  }

  // ---- recording helpers ----

  /**
   * An obligation that, when {@code findingSeverity} is not null, also reports a finding of that
   * severity with the same message: for rules whose catalogue entry is "obligation / ERROR" or
   * "WARNING / obligation" (RECORD-REQUIRED: an ERROR only once the statement is sent or received and
   * still unrecorded; RECORD-ASSIGNEE: a WARNING only when no assignee is known). Such rules carry no
   * {@code @severity}: with one, {@link #obligation} would report a finding for every open obligation,
   * and an unsent draft would wrongly be "not ready to send". A policy override of the rule's
   * severity still applies to the finding.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param findingSeverity ERROR, WARNING or INFO; null for no finding
   * @param who who must act
   * @param what what they must do, in words (also the finding's message)
   * @param due when it falls due
   */
  @Describe("report.obligationWithFinding(kcontext, severity, who, what, due): an obligation, and a finding of that severity when it is not null.")
  public void obligationWithFinding(RuleContext rule, String findingSeverity, Responsible who, String what, Due due) {
    outcome.obligation(rule.getRule().getName(), who, what, due, false);
    if (findingSeverity != null) {
      outcome.finding(rule.getRule().getName(), findingSeverity, what);
    }
  }

  // ---- response helpers ----

  /**
   * An obligation, open or already discharged as the rule finds (RESPONSE-DUE: discharged once a reply
   * is recorded, an informal reply linked, or a decision not to respond recorded), so that one rule
   * reports both states in one call.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param who who must act
   * @param what what they must do, in words
   * @param due when it falls due
   * @param discharged true when it is already done
   */
  @Describe("report.obligation(kcontext, who, what, due[, discharged]): someone must do something, by when (discharged: already done).")
  public void obligation(RuleContext rule, Responsible who, String what, Due due, boolean discharged) {
    outcome.obligation(rule.getRule().getName(), who, what, due, discharged);
  }


  // ---- usual From-Contacts ----------------------------------------------------------------------

  /**
   * The address is a usual From-Contact of the sending groups, in this role (§2.1): a
   * {@link UsualContact} fact, one per address, collecting every role given to it. A step of the
   * decision: ROUTE-FROM-CONTACTS-DEFAULT proposes the ones the From-Contacts lack. A null or blank
   * address is skipped.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param address the address
   * @param role the role in words ("a chair of IETF WG netconf")
   */
  @Describe("report.usualFromContact(kcontext, address, role): derives UsualContact for the address (one per address, roles collected).")
  public void usualFromContact(RuleContext rule, String address, String role) {
    if (address == null || address.isBlank()) {
      return;
    }
    UsualContact existing = outcome.usualContact(Addresses.key(address));
    if (existing != null) {
      existing.add(role);
      return;
    }
    UsualContact fact = new UsualContact(address.trim());
    fact.add(role);
    outcome.usualContact(fact.getKey(), fact);
    insert(rule, fact);
  }

  /**
   * Derives the purpose every rule reads (revision 2's effective purpose): one {@link
   * EffectivePurpose} fact; nothing for a null purpose.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param purpose the purpose rules read
   * @param legacy true when it is read from a For Comment label
   */
  @Describe("report.effectivePurpose(kcontext, Purpose.FOR_ACTION, legacy): derives EffectivePurpose, the purpose every rule reads.")
  public void effectivePurpose(RuleContext rule, io.github.liaisonproject.model.Purpose purpose, boolean legacy) {
    if (purpose != null) {
      insert(rule, new EffectivePurpose(purpose, legacy));
    }
  }

  // ---- transmission ----------------------------------------------------------------------------

  /**
   * The eligibility of a transmitted document, as {@link #transmission(RuleContext, DocumentReference,
   * Eligibility)}.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the document fact
   * @param eligibility the verdict
   */
  @Describe("report.transmission(kcontext, $document, Eligibility.ELIGIBLE): the document's verdict.")
  public void transmission(RuleContext rule, DocumentFact document, Eligibility eligibility) {
    transmission(rule, document.getDocument(), eligibility);
  }

  /**
   * A finding about one transmitted document: in the findings, and in that document's verdict.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the document fact
   * @param message what is wrong, in words
   */
  @Describe("report.documentFinding(kcontext, $document, message): a finding attached to the document's verdict.")
  public void documentFinding(RuleContext rule, DocumentFact document, String message) {
    documentFinding(rule, document.getDocument(), message);
  }

  /**
   * TRANSMIT-NEEDS-CONTEXT in one call: the document's verdict is NEEDS_CONTEXT, and the message is a
   * finding attached to it (and in the findings).
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the document fact
   * @param message what is missing, in words
   */
  @Describe("report.needsContext(kcontext, $document, message): verdict NEEDS_CONTEXT and a finding attached to it.")
  public void needsContext(RuleContext rule, DocumentFact document, String message) {
    needsContext(rule, document.getDocument(), message);
  }

  /**
   * The same as {@link #needsContext(RuleContext, DocumentFact, String)}, for a model document reference.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the model's document reference
   * @param message what is missing, in words
   */
  @Describe("report.needsContext(kcontext, $document, message): verdict NEEDS_CONTEXT and a finding attached to it.")
  public void needsContext(RuleContext rule, DocumentReference document, String message) {
    transmission(rule, document, Eligibility.NEEDS_CONTEXT);
    documentFinding(rule, document, message);
  }

  /**
   * The document is held back unless the statement gives further consensus or context (§4.3): a
   * {@link ContextNeeded} fact, one per document, collecting each rule's reason and section. It is
   * a step of the decision, not an answer: no verdict or finding until a verdict rule reads it.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param document the document fact
   * @param reason why it is held back ("an Experimental RFC")
   */
  @Describe("report.contextNeeded(kcontext, $document, reason): derives ContextNeeded for the document (one per document, reasons collected).")
  public void contextNeeded(RuleContext rule, DocumentFact document, String reason) {
    String section = outcome.citation(rule.getRule().getName()).section();
    ContextNeeded existing = outcome.contextNeeded(document);
    if (existing != null) {
      existing.add(reason, section);
      return;
    }
    ContextNeeded fact = new ContextNeeded(document);
    fact.add(reason, section);
    outcome.contextNeeded(document, fact);
    insert(rule, fact);
  }

  /**
   * A local policy lets the held-back document go without extra context: the {@link ContextNeeded}
   * fact is withdrawn, and the document's verdict is ELIGIBLE, citing this rule.
   *
   * @param rule {@code kcontext}, the calling rule's own context
   * @param held the fact to withdraw
   */
  @Describe("report.transmitWithoutContext(kcontext, $contextNeeded): withdraws it; the document is ELIGIBLE by this rule.")
  public void transmitWithoutContext(RuleContext rule, ContextNeeded held) {
    outcome.contextNotNeeded(held.getDocument());
    delete(rule, held);
    transmission(rule, held.getDocument().getDocument(), Eligibility.ELIGIBLE);
  }
}

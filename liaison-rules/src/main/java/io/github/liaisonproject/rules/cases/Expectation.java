package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a case must produce. Every part is optional (null when the file leaves it out); a part that
 * is given is checked.
 *
 * @param fires rule IDs that must answer (a finding, obligation, proposal, approval requirement, delivery
 *     address or document verdict citing them)
 * @param silent rule IDs that must not answer
 * @param severity the severity (ERROR, WARNING, INFO) a rule's findings must have, by ID
 * @param readyToSend whether the statement must be ready to send
 * @param approved whether every required approval must be present
 * @param approvers the exact set of potential approvers' addresses
 * @param delivery the exact To, Cc and Reply-To address lists, each checked when given
 * @param obligations obligations that must be present (rule, and optionally who, due, discharged)
 * @param proposals proposals that must be present (rule, field, value)
 * @param transmission the eligibility of each document, in order
 * @param findingCount how many findings a rule reports ("one fact, one finding"):
 *     {ROUTE-FROM-CONTACTS-DEFAULT: 1}
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Expectation(
    @JsonProperty("fires") List<String> fires,
    @JsonProperty("silent") List<String> silent,
    @JsonProperty("severity") Map<String, String> severity,
    @JsonProperty("readyToSend") Boolean readyToSend,
    @JsonProperty("approved") Boolean approved,
    @JsonProperty("approvers") List<String> approvers,
    @JsonProperty("delivery") DeliveryExpectation delivery,
    @JsonProperty("obligations") List<ObligationExpectation> obligations,
    @JsonProperty("proposals") List<ProposalExpectation> proposals,
    @JsonProperty("transmission") List<String> transmission,
    /** How many findings a rule reports ("one fact, one finding"): {ROUTE-FROM-CONTACTS-DEFAULT: 1}. */
    @JsonProperty("findingCount") Map<String, Integer> findingCount) {

  /** {@return {@code fires}, or an empty list when it is not given} */
  public List<String> firesOrEmpty() { return fires == null ? List.of() : fires; }
  /** {@return {@code silent}, or an empty list when it is not given} */
  public List<String> silentOrEmpty() { return silent == null ? List.of() : silent; }

  /**
   * Exact address lists; a list left out (null) is not checked.
   *
   * @param to the To addresses, in order
   * @param cc the Cc addresses, in order
   * @param replyTo the Reply-To addresses
   */
  public record DeliveryExpectation(@JsonProperty("to") List<String> to, @JsonProperty("cc") List<String> cc,
      @JsonProperty("replyTo") List<String> replyTo) {}

  /**
   * An obligation that must be present.
   *
   * @param rule the rule ID it cites; required
   * @param who the addresses of who must act; null to accept any
   * @param due when it falls due, as {@link io.github.liaisonproject.rules.Due#toString()} writes it; null to
   *     accept any
   * @param discharged whether it must be discharged; null to accept either
   */
  public record ObligationExpectation(@JsonProperty("rule") String rule, @JsonProperty("who") List<String> who,
      @JsonProperty("due") String due, @JsonProperty("discharged") Boolean discharged) {}

  /**
   * A proposal that must be present.
   *
   * @param rule the rule ID it cites; required
   * @param field the field it proposes a value for
   * @param value the value it proposes
   */
  public record ProposalExpectation(@JsonProperty("rule") String rule, @JsonProperty("field") String field,
      @JsonProperty("value") String value) {}
}

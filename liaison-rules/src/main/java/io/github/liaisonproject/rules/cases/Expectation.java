package io.github.liaisonproject.rules.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a case must produce. Every part is optional; a part that is given is checked.
 *
 * <ul>
 *   <li>{@code fires}: rule IDs that must answer (a finding, obligation, proposal, approval
 *       requirement, delivery address or document verdict citing them).
 *   <li>{@code silent}: rule IDs that must not answer.
 *   <li>{@code severity}: the severity a rule's findings must have, by ID.
 *   <li>{@code readyToSend}, {@code approved} (every required approval present).
 *   <li>{@code approvers}: the exact set of potential approvers' addresses.
 *   <li>{@code delivery}: the exact To, Cc and Reply-To address lists, when given.
 *   <li>{@code obligations}: obligations that must be present (rule, and optionally who, due, discharged).
 *   <li>{@code proposals}: proposals that must be present (rule, field, value).
 *   <li>{@code transmission}: the eligibility of each document, in order.
 * </ul>
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

  public List<String> firesOrEmpty() { return fires == null ? List.of() : fires; }
  public List<String> silentOrEmpty() { return silent == null ? List.of() : silent; }

  /** Exact address lists; a list left out is not checked. */
  public record DeliveryExpectation(@JsonProperty("to") List<String> to, @JsonProperty("cc") List<String> cc,
      @JsonProperty("replyTo") List<String> replyTo) {}

  /** An obligation that must be present. */
  public record ObligationExpectation(@JsonProperty("rule") String rule, @JsonProperty("who") List<String> who,
      @JsonProperty("due") String due, @JsonProperty("discharged") Boolean discharged) {}

  /** A proposal that must be present. */
  public record ProposalExpectation(@JsonProperty("rule") String rule, @JsonProperty("field") String field,
      @JsonProperty("value") String value) {}
}

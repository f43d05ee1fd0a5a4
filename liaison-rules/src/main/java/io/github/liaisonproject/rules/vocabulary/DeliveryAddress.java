package io.github.liaisonproject.rules.vocabulary;

import io.github.liaisonproject.rules.Citation;

/**
 * A derived fact: one address of the delivery, in one header, with the rule that put it there
 * ({@code report.deliver}, {@code deliverTo}, {@code copyTo}, {@code replyTo}). The assessment's
 * {@link io.github.liaisonproject.rules.Delivery} is built from the ones left when the rules are
 * done; a rule removes one with {@code report.dropDelivery}.
 */
@Describe("Derived: an address of the delivery in one header (TO, CC, REPLY_TO), with the rule behind it and why.")
public final class DeliveryAddress {
  private final Header header;
  private final String address;
  private final String key;
  private final String reason;
  private final Citation citation;
  private final int order;

  DeliveryAddress(Header header, String address, String reason, Citation citation, int order) {
    this.header = header;
    this.address = address;
    this.key = Addresses.key(address);
    this.reason = reason;
    this.citation = citation;
    this.order = order;
  }

  /** {@return the header it goes in: TO, CC or REPLY_TO} */
  @Describe("TO, CC or REPLY_TO.")
  public Header getHeader() { return header; }
  /** {@return the address as given} */
  @Describe("The address as given.")
  public String getAddress() { return address; }
  /** {@return the address trimmed and in lower case, for comparing} */
  @Describe("The address trimmed and in lower case, for comparing.")
  public String getKey() { return key; }
  /**
   * {@return true when the address is this one, ignoring case; false for null}
   * @param other the address; may be null
   */
  @Describe("True when the address is this one, ignoring case.")
  public boolean isAddress(String other) { return Addresses.same(address, other); }
  /** {@return why it is there, in words} */
  @Describe("Why it is there, in words.")
  public String getReason() { return reason; }
  /** {@return the ID of the rule that put it there ("ROUTE-DELIVERY")} */
  @Describe("The ID of the rule that put it there (\"ROUTE-DELIVERY\").")
  public String getRuleId() { return citation.ruleId(); }
  /** {@return the rule that put it there (ID, section, file)} */
  @Describe("The rule that put it there (ID, section, file).")
  public Citation getCitation() { return citation; }
  /**
   * {@return its place in what its rule delivered (a contact's index, a list position): the delivery's order}
   */
  @Describe("Its place in what its rule delivered (a contact's index, a list position).")
  public int getOrder() { return order; }

  @Override
  public String toString() {
    return "DeliveryAddress[" + header + " " + address + " by " + citation.ruleId() + "]";
  }
}

package io.github.liaisonproject.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The purpose label of §2.2. {@link #FOR_COMMENT} is RFC 4053's retired purpose: it is read and
 * kept as such so that PURPOSE-FOR-COMMENT-RETIRED can flag it.
 */
public enum Purpose {
  /** For Information: no action requested. */
  FOR_INFORMATION("For Information"),
  /** For Action: action requested, usually by a deadline. */
  FOR_ACTION("For Action"),
  /** In Response: answers earlier statements, named by their ids. */
  IN_RESPONSE("In Response"),
  /** Retired by draft-iab-rfc4053bis (§1.1); only found in older records. */
  FOR_COMMENT("For Comment");

  private final String label;

  Purpose(String label) {
    this.label = label;
  }

  /** {@return the label as the procedure writes it: "For Action"} */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * Reads a label leniently: the procedure's label ("For Action"), the enum name (FOR_ACTION) or
   * the IETF Datatracker's slug (action, info, response, comment), ignoring case.
   *
   * @param text the label; null reads as no label and is refused
   * @return the purpose, never null
   * @throws IllegalArgumentException naming the accepted labels
   */
  @JsonCreator
  public static Purpose parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    switch (t) {
      case "for information": case "information": case "info": return FOR_INFORMATION;
      case "for action": case "action": return FOR_ACTION;
      case "in response": case "response": return IN_RESPONSE;
      case "for comment": case "comment": return FOR_COMMENT;
      default:
        throw new IllegalArgumentException("unknown purpose \"" + text
            + "\"; use For Information, For Action or In Response (For Comment is read as legacy)");
    }
  }

  @Override
  public String toString() {
    return label;
  }
}

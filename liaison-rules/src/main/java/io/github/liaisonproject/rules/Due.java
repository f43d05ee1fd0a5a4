package io.github.liaisonproject.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an obligation falls due: by a date (a deadline), or at a point in the process ("before
 * sending", "after recording").
 */
public record Due(When when, Optional<LocalDate> date) {
  /** The point in the process. */
  public enum When { BY_DATE, BEFORE_SENDING, BEFORE_APPROVAL, WHEN_SENT, AFTER_RECORDING, NOW, NO_DATE }

  public Due {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(date, "date");
    if ((when == When.BY_DATE) != date.isPresent()) {
      throw new IllegalArgumentException("a date goes with BY_DATE and only with it");
    }
  }

  public static Due by(LocalDate date) {
    return date == null ? new Due(When.NO_DATE, Optional.empty()) : new Due(When.BY_DATE, Optional.of(date));
  }

  public static Due beforeSending() { return new Due(When.BEFORE_SENDING, Optional.empty()); }
  /** As the statement is sent, or right after (recording it, telling the From-Contacts). */
  public static Due whenSent() { return new Due(When.WHEN_SENT, Optional.empty()); }
  public static Due beforeApproval() { return new Due(When.BEFORE_APPROVAL, Optional.empty()); }
  public static Due afterRecording() { return new Due(When.AFTER_RECORDING, Optional.empty()); }
  public static Due now() { return new Due(When.NOW, Optional.empty()); }
  public static Due noDate() { return new Due(When.NO_DATE, Optional.empty()); }

  @Override
  public String toString() {
    switch (when) {
      case BY_DATE: return date.get().toString();
      case BEFORE_SENDING: return "before sending";
      case BEFORE_APPROVAL: return "before approval";
      case WHEN_SENT: return "when sent";
      case AFTER_RECORDING: return "after recording";
      case NOW: return "now";
      default: return "no date";
    }
  }
}

package io.github.liaisonproject.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an obligation falls due: by a date (a deadline), or at a point in the process ("before
 * sending", "after recording"). An immutable value.
 *
 * @param when the point in the process, BY_DATE for a date; not null
 * @param date the date, present exactly when {@code when} is BY_DATE
 */
public record Due(When when, Optional<LocalDate> date) {
  /** The point in the process an obligation falls due at. */
  public enum When {
    /** By {@link Due#date()}. */
    BY_DATE,
    /** Before the statement is sent. */
    BEFORE_SENDING,
    /** Before it is approved. */
    BEFORE_APPROVAL,
    /** As it is sent, or right after. */
    WHEN_SENT,
    /** Once it is recorded. */
    AFTER_RECORDING,
    /** Now. */
    NOW,
    /** No date or point is set (a For Action statement without a deadline, say). */
    NO_DATE
  }

  /**
   * Checks that a date goes with BY_DATE and only with it.
   *
   * @param when the point in the process, BY_DATE for a date; not null
   * @param date the date, present exactly when {@code when} is BY_DATE
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the date and BY_DATE do not go together
   */
  public Due {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(date, "date");
    if ((when == When.BY_DATE) != date.isPresent()) {
      throw new IllegalArgumentException("a date goes with BY_DATE and only with it");
    }
  }

  /**
   * {@return due by the date; due with no date when it is null}
   * @param date the deadline; may be null
   */
  public static Due by(LocalDate date) {
    return date == null ? new Due(When.NO_DATE, Optional.empty()) : new Due(When.BY_DATE, Optional.of(date));
  }

  /** {@return due before the statement is sent} */
  public static Due beforeSending() { return new Due(When.BEFORE_SENDING, Optional.empty()); }
  /** {@return due as the statement is sent, or right after (recording it, telling the From-Contacts)} */
  public static Due whenSent() { return new Due(When.WHEN_SENT, Optional.empty()); }
  /** {@return due before the statement is approved} */
  public static Due beforeApproval() { return new Due(When.BEFORE_APPROVAL, Optional.empty()); }
  /** {@return due once the statement is recorded} */
  public static Due afterRecording() { return new Due(When.AFTER_RECORDING, Optional.empty()); }
  /** {@return due now} */
  public static Due now() { return new Due(When.NOW, Optional.empty()); }
  /** {@return due with no date or point set} */
  public static Due noDate() { return new Due(When.NO_DATE, Optional.empty()); }

  /** {@return the date (YYYY-MM-DD) or the point in words ("before sending")} */
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

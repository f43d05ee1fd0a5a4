package io.github.liaisonproject.model;

/**
 * A fact that may be absent: known to hold, known not to hold, or not given (revision 2's "unknown
 * is not no"). Rule files compare it by name ({@code groupInformedKnown == Known.NO}), which reads
 * as the catalogue does; an {@code Optional<Boolean>} would read as {@code isPresent() && !get()}.
 * In files it is written {@code YES}, {@code NO} or {@code UNKNOWN}.
 */
public enum Known {
  /** Given, and it holds. */
  YES,
  /** Given, and it does not hold: only this is a violation. */
  NO,
  /** Not given by the statement or its record. */
  UNKNOWN;

  /** YES for true, NO for false. */
  public static Known of(boolean value) {
    return value ? YES : NO;
  }

  /** YES for true, UNKNOWN for false: how a flag whose default is false reads when nobody set it. */
  public static Known yesOrUnknown(boolean value) {
    return value ? YES : UNKNOWN;
  }

  public boolean isYes() {
    return this == YES;
  }

  public boolean isNo() {
    return this == NO;
  }

  public boolean isUnknown() {
    return this == UNKNOWN;
  }
}

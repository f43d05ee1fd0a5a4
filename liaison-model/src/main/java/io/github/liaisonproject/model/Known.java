package io.github.liaisonproject.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

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

  /**
   * Reads a file's value: YES, NO or UNKNOWN in any case, or a YAML boolean ({@code NO} unquoted
   * is false in YAML 1.1, so true reads as YES and false as NO).
   */
  @JsonCreator
  public static Known fromFile(Object value) {
    if (value instanceof Boolean b) {
      return of(b);
    }
    if (value instanceof String s) {
      switch (s.trim().toUpperCase(Locale.ROOT)) {
        case "YES": case "TRUE": return YES;
        case "NO": case "FALSE": return NO;
        case "UNKNOWN": return UNKNOWN;
        default: break;
      }
    }
    throw new IllegalArgumentException("expected YES, NO or UNKNOWN, not " + value);
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

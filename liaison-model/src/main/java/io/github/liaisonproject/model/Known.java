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

  /**
   * {@return YES for true, NO for false}
   * @param value the fact
   */
  public static Known of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * {@return YES for true, UNKNOWN for false: how a flag whose default is false reads when nobody set it}
   * @param value the flag
   */
  public static Known yesOrUnknown(boolean value) {
    return value ? YES : UNKNOWN;
  }

  /**
   * Reads a file's value: YES, NO or UNKNOWN in any case, or a YAML boolean ({@code NO} unquoted
   * is false in YAML 1.1, so true reads as YES and false as NO).
   *
   * @param value a String or Boolean, as the file parser gives it
   * @return the value, never null
   * @throws IllegalArgumentException for anything else, naming the accepted values
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

  /** {@return true for YES} */
  public boolean isYes() {
    return this == YES;
  }

  /** {@return true for NO: only this is a violation of a rule that needs the fact} */
  public boolean isNo() {
    return this == NO;
  }

  /** {@return true for UNKNOWN} */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }
}

package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}: Hibernate Validator creates it; stateless and thread-safe. */
public final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

  /**
   * {@return true when the text holds no CR, LF, NEL, line or paragraph separator, vertical tab or form feed;
   * true for null}
   * @param value the text; may be null
   */
  public static boolean isSingleLine(CharSequence value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return true for null (absent) or a single line}
   * @param value the value; may be null
   * @param context not read
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return isSingleLine(value);
  }
}

package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}. */
public final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {

  /** True when the text holds no CR, LF, NEL, line or paragraph separator, vertical tab or form feed. */
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

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return isSingleLine(value);
  }
}

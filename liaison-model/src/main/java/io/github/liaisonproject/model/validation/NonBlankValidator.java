package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonBlank}. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}

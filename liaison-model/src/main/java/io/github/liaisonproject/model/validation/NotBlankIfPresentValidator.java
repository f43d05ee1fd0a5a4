package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NotBlankIfPresent}: Hibernate Validator creates it; stateless and thread-safe. */
public final class NotBlankIfPresentValidator implements ConstraintValidator<NotBlankIfPresent, CharSequence> {
  /**
   * {@return true for null (absent) or text that is not blank}
   * @param value the value; may be null
   * @param context not read
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}

package io.github.liaisonproject.model.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that, when present, is not blank. Null is valid: use it inside {@code Optional<...>}, where
 * Jakarta's {@code @NotBlank} would reject every empty Optional, because Hibernate Validator hands
 * the constraint a null for {@code Optional.empty()}.
 */
@Documented
@Constraint(validatedBy = NotBlankIfPresentValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankIfPresent {
  /** {@return the message of a violation, saying how to fix the value} */
  String message() default "must not be blank; leave it out instead";

  /**
   * {@return the validation groups the constraint belongs to (Jakarta Validation); the default group unless
   * given}
   */
  Class<?>[] groups() default {};

  /** {@return the payload of the constraint (Jakarta Validation); none by default} */
  Class<? extends Payload>[] payload() default {};
}

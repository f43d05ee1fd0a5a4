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
 * A bare mail address (addr-spec: local@domain) that is safe in a mail header: no display name, no
 * angle brackets, no white space, no CR or LF. Null is valid (use with Optional or lists).
 */
@Documented
@Constraint(validatedBy = MailAddressValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MailAddress {
  /** {@return the message of a violation, saying how to fix the value} */
  String message() default "is not a mail address; write it as local@domain, e.g. chair@example.org, without a name or <>";

  /**
   * {@return the validation groups the constraint belongs to (Jakarta Validation); the default group unless
   * given}
   */
  Class<?>[] groups() default {};

  /** {@return the payload of the constraint (Jakarta Validation); none by default} */
  Class<? extends Payload>[] payload() default {};
}

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
 * Text that is not blank when present. Unlike {@code @NotBlank}, null is valid: an empty
 * {@code Optional} reaches a constraint as null, and absence is the rules' business, not validation's.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlank {
  String message() default "must not be blank; leave it out instead";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link MailAddress}. */
public final class MailAddressValidator implements ConstraintValidator<MailAddress, CharSequence> {
  /** The longest address RFC 5321 lets through. */
  public static final int MAX_LENGTH = 254;

  // RFC 5322 dot-atom local part and a dotted domain of LDH labels; deliberately no quoted strings
  // or address literals, which liaison contacts never need and which complicate header safety.
  private static final Pattern ADDRESS = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  /** True when the text is a bare mail address as {@link MailAddress} describes. */
  public static boolean isMailAddress(CharSequence value) {
    return value != null && value.length() <= MAX_LENGTH && ADDRESS.matcher(value).matches();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isMailAddress(value);
  }
}

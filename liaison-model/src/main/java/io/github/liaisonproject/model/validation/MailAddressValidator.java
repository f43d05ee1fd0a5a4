package io.github.liaisonproject.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link MailAddress}: Hibernate Validator creates it; stateless and thread-safe. */
public final class MailAddressValidator implements ConstraintValidator<MailAddress, CharSequence> {
  /** The longest address RFC 5321 lets through. */
  public static final int MAX_LENGTH = 254;

  // RFC 5322 dot-atom local part and a dotted domain of LDH labels; deliberately no quoted strings
  // or address literals, which liaison contacts never need and which complicate header safety.
  private static final Pattern ADDRESS = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  /**
   * {@return true when the text is a bare mail address as {@link MailAddress} describes, at most {@value
   * #MAX_LENGTH} characters; false for null}
   * @param value the text; may be null
   */
  public static boolean isMailAddress(CharSequence value) {
    return value != null && value.length() <= MAX_LENGTH && matchesByHand(value);
  }

  /** The same as {@code ADDRESS.matcher(value).matches()}, scanned by hand (no regex engine). */
  static boolean matchesByHand(CharSequence v) {
    int n = v.length();
    int i = 0;
    // local part: atoms of atext separated by single dots, no leading or trailing dot
    boolean atomStart = true;
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c == '@') {
        break;
      }
      if (c == '.') {
        if (atomStart) {
          return false;
        }
        atomStart = true;
      } else if (isAtext(c)) {
        atomStart = false;
      } else {
        return false;
      }
    }
    if (i == n || atomStart) {
      return false; // no '@', an empty local part or one ending with a dot
    }
    i++;
    // domain: two or more LDH labels of 1 to 63 characters, letters or digits at both ends
    int labels = 0;
    int start = i;
    for (int j = i; j <= n; j++) {
      if (j == n || v.charAt(j) == '.') {
        int len = j - start;
        if (len < 1 || len > 63 || !isLetterOrDigit(v.charAt(start)) || !isLetterOrDigit(v.charAt(j - 1))) {
          return false;
        }
        labels++;
        start = j + 1;
      } else {
        char c = v.charAt(j);
        if (!isLetterOrDigit(c) && c != '-') {
          return false;
        }
      }
    }
    return labels >= 2;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isAtext(char c) {
    return isLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /** The regular expression the hand-written scan follows (kept for tests comparing the two). */
  static boolean matchesRegex(CharSequence value) {
    return ADDRESS.matcher(value).matches();
  }

  /**
   * {@return true for null (absent) or a bare mail address}
   * @param value the value; may be null
   * @param context not read
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isMailAddress(value);
  }
}

package io.github.liaisonproject.rules.vocabulary;

import java.util.List;
import java.util.Locale;

/**
 * Address comparison, the one thing about addresses rules leave to Java: trimmed, ignoring case.
 * Static, stateless and thread-safe; every method accepts null.
 */
@Describe("Address comparison: trimmed, ignoring case.")
public final class Addresses {
  private Addresses() {}

  /**
   * {@return the address trimmed and in lower case (root locale), for comparing; "" for null}
   * @param address the address; may be null
   */
  @Describe("Addresses.key(a): the address trimmed and in lower case, for comparing.")
  public static String key(String address) {
    return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return true when both are the same address, ignoring case and surrounding blanks; false when either is
   * null}
   * @param a an address; may be null
   * @param b another; may be null
   */
  @Describe("Addresses.same(a, b): the same address, ignoring case.")
  public static boolean same(String a, String b) {
    return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
  }

  /**
   * {@return true when the list holds the address, ignoring case and surrounding blanks; false when either is
   * null}
   * @param addresses the list; may be null
   * @param address the address; may be null
   */
  @Describe("Addresses.contains(list, a): the list holds the address, ignoring case.")
  public static boolean contains(List<String> addresses, String address) {
    if (address == null || addresses == null) {
      return false;
    }
    for (String a : addresses) {
      if (same(a, address)) {
        return true;
      }
    }
    return false;
  }
}

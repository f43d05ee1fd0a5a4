package io.github.liaisonproject.rules.vocabulary;

import java.util.List;
import java.util.Locale;

/** Address comparison, the one thing about addresses rules leave to Java. */
@Describe("Address comparison: trimmed, ignoring case.")
public final class Addresses {
  private Addresses() {}

  /** The address trimmed and in lower case; "" for null. */
  @Describe("Addresses.key(a): the address trimmed and in lower case, for comparing.")
  public static String key(String address) {
    return address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
  }

  /** True when both are the same address, ignoring case and surrounding blanks; false with a null. */
  @Describe("Addresses.same(a, b): the same address, ignoring case.")
  public static boolean same(String a, String b) {
    return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
  }

  /** True when the list holds the address, ignoring case. */
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

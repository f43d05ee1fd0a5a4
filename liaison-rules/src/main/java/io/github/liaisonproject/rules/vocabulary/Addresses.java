package io.github.liaisonproject.rules.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Address comparison, the one thing about addresses rules leave to Java: trimmed, ignoring case.
 * Static, stateless and thread-safe; every method but {@link #listsOf} accepts null. The lists
 * returned are new, modifiable lists the caller owns.
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
   * The part before the "@", trimmed and in lower case ("netconf-chairs" of "netconf-chairs@ietf.org").
   *
   * @param address the address; may be null
   * @return the local part; the whole key when there is no "@"; "" for null
   */
  @Describe("Addresses.localPart(a): the part before the @, trimmed and in lower case (\"netconf-chairs\").")
  public static String localPart(String address) {
    String k = key(address);
    int at = k.indexOf('@');
    return at < 0 ? k : k.substring(0, at);
  }

  /**
   * The addresses of the lists in turn, each address once (ignoring case), nulls skipped: each a
   * collected list of {@link RoleHolder} (in directory order) or a list of addresses (in its order).
   *
   * @param lists lists of addresses or of {@link RoleHolder}; a null list, or a null item, is skipped
   * @return the addresses in order, each once; a new, modifiable list
   * @throws IllegalArgumentException when an item is neither a String nor a {@link RoleHolder}
   */
  @Describe("Addresses.of(lists...): the addresses of each list in turn, each once: a collected list of RoleHolder (directory order) or a list of addresses.")
  public static List<String> of(List<?>... lists) {
    List<String> out = new ArrayList<>();
    for (List<?> list : lists) {
      if (list == null) {
        continue;
      }
      List<Object> items = new ArrayList<>(list);
      if (!items.isEmpty() && items.stream().allMatch(i -> i instanceof RoleHolder)) {
        items.sort(Comparator.comparingInt(i -> ((RoleHolder) i).getIndex()));
      }
      for (Object i : items) {
        if (i instanceof RoleHolder h) {
          add(out, h.getAddress());
        } else if (i instanceof String a) {
          add(out, a);
        } else if (i != null) {
          throw new IllegalArgumentException("Addresses.of takes lists of addresses or of RoleHolder, not of "
              + i.getClass().getSimpleName());
        }
      }
    }
    return out;
  }

  /**
   * The address as a list of one; empty for null.
   *
   * @param address the address; may be null
   * @return an unmodifiable list of the address, or an empty one for null
   */
  @Describe("Addresses.single(a): the address as a list of one (empty for null), to pass among lists.")
  public static List<String> single(String address) {
    return address == null ? List.of() : List.of(address);
  }

  /**
   * The mailing lists of these bodies (collected FromBody, ToBody or CorrectGroup), in their order, each once.
   *
   * @param bodies the body facts; not null, and each a {@link BodyFact}
   * @return their mailing lists by the bodies' index, bodies without one skipped, each list once
   *     (ignoring case); a new, modifiable list
   * @throws ClassCastException when an item is not a {@link BodyFact}
   * @throws NullPointerException when {@code bodies} or one of them is null
   */
  @Describe("Addresses.listsOf($bodies): the mailing lists of these bodies (FromBody, ToBody, CorrectGroup), in their order, each once.")
  public static List<String> listsOf(List<?> bodies) {
    List<BodyFact> sorted = new ArrayList<>(bodies.size());
    for (Object b : bodies) {
      sorted.add((BodyFact) b);
    }
    sorted.sort(Comparator.comparingInt(BodyFact::getIndex));
    List<String> out = new ArrayList<>();
    for (BodyFact b : sorted) {
      add(out, b.getListAddress());
    }
    return out;
  }

  private static void add(List<String> out, String address) {
    if (address != null && !contains(out, address)) {
      out.add(address);
    }
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

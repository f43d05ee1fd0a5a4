package io.github.liaisonproject.examples.audit;

import io.github.liaisonproject.model.validation.MailAddressValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Datatracker's address fields: comma-separated {@code Name <address>}, bare
 * addresses, or {@code Name <>} where the address is not shown. What cannot be used is dropped
 * with a note, never an exception.
 */
public final class Addresses {
  private Addresses() {}

  /** The valid addresses of a field, in order, without repeats; a note for each one dropped. */
  public static List<String> parse(String text, String field, List<String> notes) {
    return parse(text, field, notes, new ArrayList<>());
  }

  /**
   * As {@link #parse(String, String, List)}, and the names of entries that name someone without
   * an address ("Adrian Farrel", "Greg Jones &lt;&gt;") are added to {@code names}.
   */
  public static List<String> parse(String text, String field, List<String> notes, List<String> names) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String item : split(text)) {
      String t = item.trim();
      if (t.isEmpty()) {
        continue;
      }
      String address;
      int lt = t.lastIndexOf('<');
      int gt = t.lastIndexOf('>');
      if (lt >= 0 && gt > lt) {
        address = t.substring(lt + 1, gt).trim();
        if (address.isEmpty()) {
          String name = t.substring(0, lt).trim().replace("\"", "");
          notes.add(field + ": \"" + name + "\" has no address shown (\"<>\"); kept as a name");
          addName(names, name);
          continue;
        }
      } else {
        address = t;
      }
      if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
        address = address.substring(7);
      }
      if (!MailAddressValidator.isMailAddress(address)) {
        if (lt < 0 && address.indexOf('@') < 0) {
          notes.add(field + ": \"" + oneLine(t) + "\" is a name without an address; kept as a name");
          addName(names, t);
        } else {
          notes.add(field + ": \"" + oneLine(t) + "\" is not a mail address; dropped");
        }
        continue;
      }
      String found = address;
      if (out.stream().noneMatch(a -> a.equalsIgnoreCase(found))) {
        out.add(found);
      }
    }
    return out;
  }

  private static void addName(List<String> names, String name) {
    String n = oneLine(name.replace("\"", ""));
    if (!n.isEmpty() && n.length() <= 500 && names.stream().noneMatch(x -> x.equalsIgnoreCase(n))) {
      names.add(n);
    }
  }

  /** Splits on commas (and semicolons) outside quotes and angle brackets. */
  static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean angle = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '<' && !quoted) {
        angle = true;
      } else if (c == '>' && !quoted) {
        angle = false;
      }
      if ((c == ',' || c == ';' || c == '\n') && !quoted && !angle) {
        items.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    items.add(cur.toString());
    return items;
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }
}

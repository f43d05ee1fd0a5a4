package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.vocabulary.NamedDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The look-up behind {@link NamedDocument}: the RFCs and Internet-Drafts a text names ("RFC 8407",
 * "RFC8407", "draft-ietf-netconf-foo-03"), and whether a listed document has the same name. What
 * to do about an unlisted one is TRANSMIT-NAMED-IN-TEXT's (transmission.drl).
 */
final class NamedDocuments {
  private static final Pattern RFC = Pattern.compile("(?i)\\bRFC[ \\u00a0-]?(\\d{1,5})\\b");
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("-\\d\\d$");

  private NamedDocuments() {}

  /**
   * The documents the texts name, each once; listed when one of the documents has the same key.
   * 
   */
  static List<NamedDocument> in(List<String> texts, List<DocumentReference> documents) {
    Set<String> listedKeys = new LinkedHashSet<>();
    for (DocumentReference d : documents) {
      listedKeys.add(key(d.getName()));
    }
    List<NamedDocument> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      List<int[]> spans = new ArrayList<>();
      List<String[]> found = new ArrayList<>();
      Matcher r = RFC.matcher(text);
      while (r.find()) {
        spans.add(new int[] {r.start()});
        found.add(new String[] {"RFC", "RFC " + Integer.parseInt(r.group(1))});
      }
      Matcher d = DRAFT.matcher(text);
      while (d.find()) {
        spans.add(new int[] {d.start()});
        found.add(new String[] {"ID", VERSION.matcher(d.group().toLowerCase(Locale.ROOT)).replaceFirst("")});
      }
      Integer[] order = new Integer[spans.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
      for (int i : order) {
        String name = found.get(i)[1];
        String k = key(name);
        if (seen.add(k)) {
          out.add(new NamedDocument(out.size(), found.get(i)[0].equals("RFC") ? DocumentKind.RFC : DocumentKind.INTERNET_DRAFT,
              name, listedKeys.contains(k)));
        }
      }
    }
    return out;
  }

  /** "rfc8407" for "RFC 8407", "RFC8407", "rfc-8407"; a draft name in lower case without its version. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    Matcher r = RFC.matcher(n);
    if (r.matches()) {
      return "rfc" + Integer.parseInt(r.group(1));
    }
    if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".xml") || n.endsWith(".pdf")) {
      n = n.substring(0, n.lastIndexOf('.'));
    }
    return VERSION.matcher(n).replaceFirst("");
  }

}

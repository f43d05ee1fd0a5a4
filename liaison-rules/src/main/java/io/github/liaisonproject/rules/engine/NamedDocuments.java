package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.vocabulary.NamedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The look-up behind {@link NamedDocument}: the RFCs and Internet-Drafts a text names ("RFC 8407",
 * "RFC8407", "draft-ietf-netconf-foo-03"), and whether a listed document has the same name. What
 * to do about an unlisted one is TRANSMIT-NAMED-IN-TEXT's (transmission.drl).
 *
 * <p>Runs for every assessment: the matchers are kept per thread and reset for each text (a new
 * matcher for each text and name was most of what building the statement's facts allocated), and
 * the two patterns' matches are merged in text order as they are found.
 */
final class NamedDocuments {
  private static final Pattern RFC = Pattern.compile("(?i)\\bRFC[ \\u00a0-]?(\\d{1,5})\\b");
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("-\\d\\d$");

  /** Per thread: RFC and DRAFT for the texts, RFC and VERSION for names (never used nested in each other). */
  private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[] {
      RFC.matcher(""), DRAFT.matcher(""), RFC.matcher(""), VERSION.matcher("")});

  private NamedDocuments() {}

  /** The documents the texts name, each once, in text order; listed when one of the documents has the same key. */
  static List<NamedDocument> in(List<String> texts, List<DocumentReference> documents) {
    Matcher[] m = MATCHERS.get();
    try {
      List<String> listedKeys = new ArrayList<>(documents.size());
      for (DocumentReference d : documents) {
        listedKeys.add(key(d.getName(), m));
      }
      List<NamedDocument> out = new ArrayList<>(4);
      List<String> seen = new ArrayList<>(4);
      for (String text : texts) {
        if (text == null) {
          continue;
        }
        Matcher r = m[0].reset(text);
        Matcher d = m[1].reset(text);
        boolean rfc = r.find();
        boolean draft = d.find();
        while (rfc || draft) {
          // an RFC and a draft name never start at the same place ("R" against "d")
          if (rfc && (!draft || r.start() < d.start())) {
            add(out, seen, listedKeys, DocumentKind.RFC, "RFC " + Integer.parseInt(text, r.start(1), r.end(1), 10), m);
            rfc = r.find();
          } else {
            add(out, seen, listedKeys, DocumentKind.INTERNET_DRAFT, withoutVersion(d.group().toLowerCase(Locale.ROOT), m[3]), m);
            draft = d.find();
          }
        }
      }
      return out;
    } finally {
      for (Matcher x : m) {
        x.reset(""); // no text kept alive by the thread
      }
    }
  }

  private static void add(List<NamedDocument> out, List<String> seen, List<String> listedKeys, DocumentKind kind,
      String name, Matcher[] m) {
    String k = key(name, m);
    if (!seen.contains(k)) {
      seen.add(k);
      out.add(new NamedDocument(out.size(), kind, name, listedKeys.contains(k)));
    }
  }

  /** "rfc8407" for "RFC 8407", "RFC8407", "rfc-8407"; a draft name in lower case without its version. */
  private static String key(String name, Matcher[] m) {
    if (name == null) {
      return "";
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    Matcher r = m[2].reset(n);
    if (r.matches()) {
      return "rfc" + Integer.parseInt(n, r.start(1), r.end(1), 10);
    }
    if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".xml") || n.endsWith(".pdf")) {
      n = n.substring(0, n.lastIndexOf('.'));
    }
    return withoutVersion(n, m[3]);
  }

  /** {@code VERSION.matcher(s).replaceFirst("")}, with a reused matcher. */
  private static String withoutVersion(String s, Matcher version) {
    Matcher v = version.reset(s);
    if (!v.find()) {
      return s;
    }
    return s.substring(0, v.start()) + s.substring(v.end());
  }
}

package io.github.liaisonproject.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonproject.model.DocumentKind;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.rules.vocabulary.NamedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanner of {@link NamedDocuments} against the two regular expressions it
 * replaced (kept here as the oracle): the same names, in the same order, on texts made of the
 * pieces where they could differ (case, separators, digit runs, boundaries in other scripts,
 * combining marks, surrogate pairs, line terminators).
 */
class NamedDocumentsTest {
  private static final Pattern RFC = Pattern.compile("(?i)\\bRFC[ \\u00a0-]?(\\d{1,5})\\b");
  private static final Pattern DRAFT = Pattern.compile("(?i)\\bdraft-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("-\\d\\d$");

  private static final String[] PIECES = {
      "RFC", "rfc", "Rfc", "rFC", "RFC ", "RFC-", "RFC\u00a0", "RFC  ", "draft-", "DRAFT-", "Draft-", "draft",
      "draft--", "-", "--", " ", "\u00a0", "_", ".", ",", "(", ")", "0", "1", "12", "123", "4053", "12345",
      "123456", "00", "-03", "-1", "ietf", "netconf", "foo", "a", "Z", "é", "\u0301", "\u0300", "ß", "İ",
      "\u212a", "١", "٣", "\ud835\udc00", "\ud83d\ude00", "\n", "\r\n", "\u2028", "\u0085", "x", ".txt", ".pdf",
      "RFC8407", "draft-ietf-foo-bar-03"};

  @Test
  void findsWhatTheRegularExpressionsFound() {
    Random random = new Random(4053);
    List<DocumentReference> listed = List.of(doc("RFC 4053"), doc("draft-ietf-foo-bar-03"), doc("rfc-12.txt"));
    for (int i = 0; i < 60_000; i++) {
      List<String> texts = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        texts.add(random.nextInt(20) == 0 ? null : text(random));
      }
      assertThat(render(NamedDocuments.in(texts, listed))).as("texts %s", texts).isEqualTo(oracle(texts, listed));
    }
  }

  @Test
  void keysAsTheRegularExpressionsMadeThem() {
    Random random = new Random(8407);
    for (int i = 0; i < 60_000; i++) {
      String name = text(random);
      assertThat(NamedDocuments.key(name)).as("name %s", name).isEqualTo(oracleKey(name));
    }
    assertThat(NamedDocuments.key(null)).isEmpty();
  }

  @Test
  void namesInPlainExamples() {
    List<NamedDocument> found = NamedDocuments.in(Arrays.asList(
        "See RFC 8407, rfc8407 again, RFC-9000 and draft-ietf-netconf-foo-03.", null, "Also DRAFT-ietf-NETCONF-foo-04, xRFC1"),
        List.of(doc("rfc9000.txt")));
    assertThat(render(found)).containsExactly(
        "0 RFC RFC 8407 false", "1 RFC RFC 9000 true", "2 INTERNET_DRAFT draft-ietf-netconf-foo false");
  }

  private static DocumentReference doc(String name) {
    return DocumentReference.builder().name(name).kind(DocumentKind.OTHER).build();
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static List<String> render(List<NamedDocument> found) {
    List<String> out = new ArrayList<>();
    for (NamedDocument d : found) {
      out.add(d.getIndex() + " " + d.getKind() + " " + d.getName() + " " + d.isListed());
    }
    return out;
  }

  /** The regex implementation NamedDocuments had before the scanner. */
  private static List<String> oracle(List<String> texts, List<DocumentReference> documents) {
    List<String> listedKeys = new ArrayList<>();
    for (DocumentReference d : documents) {
      listedKeys.add(oracleKey(d.getName()));
    }
    List<NamedDocument> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher r = RFC.matcher(text);
      Matcher d = DRAFT.matcher(text);
      boolean rfc = r.find();
      boolean draft = d.find();
      while (rfc || draft) {
        String name;
        DocumentKind kind;
        if (rfc && (!draft || r.start() < d.start())) {
          kind = DocumentKind.RFC;
          name = "RFC " + Integer.parseInt(r.group(1));
          rfc = r.find();
        } else {
          kind = DocumentKind.INTERNET_DRAFT;
          name = VERSION.matcher(d.group().toLowerCase(Locale.ROOT)).replaceFirst("");
          draft = d.find();
        }
        String k = oracleKey(name);
        if (!seen.contains(k)) {
          seen.add(k);
          out.add(new NamedDocument(out.size(), kind, name, listedKeys.contains(k)));
        }
      }
    }
    return render(out);
  }

  private static String oracleKey(String name) {
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

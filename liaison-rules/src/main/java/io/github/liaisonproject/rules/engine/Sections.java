package io.github.liaisonproject.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of draft-iab-rfc4053bis a rule may cite. -03 and -05 share one section tree, so
 * one list serves both; a citation is "§4.1", "-05 §2.1", or several joined by commas.
 */
public final class Sections {
  private Sections() {}

  /** Section numbers of draft-iab-rfc4053bis-03 and -05 (their tables of contents are the same). */
  public static final Set<String> KNOWN = Set.of("1", "1.1", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "4",
      "4.1", "4.2", "4.2.1", "4.3", "5", "5.1", "6", "7");

  public static final Set<String> REVISIONS = Set.of("-03", "-05");

  private static final Pattern CITATION = Pattern.compile("^(?:(-\\d\\d)\\s+)?§\\s*(\\d+(?:\\.\\d+)*)$");

  /** The problems with a section citation; empty when every part cites a known section. */
  public static List<String> problems(String citation) {
    List<String> problems = new ArrayList<>();
    if (citation == null || citation.isBlank()) {
      problems.add("missing @section(\"§x.y\")");
      return problems;
    }
    for (String part : citation.split(",")) {
      Matcher m = CITATION.matcher(part.trim());
      if (!m.matches()) {
        problems.add("section \"" + part.trim() + "\" is not of the form \"§4.1\" or \"-05 §2.1\"");
        continue;
      }
      if (m.group(1) != null && !REVISIONS.contains(m.group(1))) {
        problems.add("revision " + m.group(1) + " is not one the rules cite (-03 or -05)");
      }
      if (!KNOWN.contains(m.group(2))) {
        problems.add("section §" + m.group(2) + " does not exist in draft-iab-rfc4053bis; known: " + String.join(", ",
            KNOWN.stream().sorted().toList()));
      }
    }
    return problems;
  }
}

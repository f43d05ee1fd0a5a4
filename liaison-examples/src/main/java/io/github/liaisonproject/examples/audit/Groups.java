package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the Datatracker's groups as bodies of the model. A group object says its type; a bare
 * acronym is looked up in the directory (WG, area, research group), then among the IETF's fixed
 * bodies and well-known areas, then by SDO prefix ({@code itu-t-}, {@code 3gpp-}, {@code ieee-});
 * anything else becomes an external group of organization "unknown", with a note.
 */
public final class Groups {
  /** The organization given to a group nothing identifies. */
  public static final String UNKNOWN_ORGANIZATION = "unknown";

  /** IETF areas past and present, for directories that do not list them all. */
  private static final Set<String> KNOWN_AREAS = Set.of("app", "art", "gen", "int", "ops", "rai", "rtg", "sec",
      "tsv", "wit", "usv", "adm");

  private static final Pattern ITU_SG = Pattern.compile("itu-t-sg-?(\\d+)");

  private Groups() {}

  /** The body, or empty (with a note) when the entry names nothing. */
  public static Optional<Body> classify(JsonNode group, Directory directory, String field, List<String> notes) {
    if (group == null || group.isNull()) {
      notes.add(field + ": an empty group entry; skipped");
      return Optional.empty();
    }
    if (group.isTextual() || group.isNumber()) {
      return acronym(group.asText().trim(), directory, field, notes);
    }
    if (!group.isObject()) {
      notes.add(field + ": a group entry that is neither an acronym nor an object (" + group.getNodeType() + "); skipped");
      return Optional.empty();
    }
    String acronym = text(group, "acronym");
    String type = text(group, "type").toLowerCase(Locale.ROOT);
    String parent = text(group, "parent");
    String name = text(group, "name");
    if (acronym.isEmpty() && name.isEmpty()) {
      notes.add(field + ": a group object with neither acronym nor name; skipped");
      return Optional.empty();
    }
    String a = acronym.isEmpty() ? name : acronym;
    switch (type) {
      case "ietf": return Optional.of(Body.ietf());
      case "iesg": return Optional.of(Body.iesg());
      case "iab": return Optional.of(Body.iab());
      case "irtf": return Optional.of(Body.irtf());
      case "area": return Optional.of(Body.area(a));
      case "wg": return Optional.of(Body.workingGroup(a));
      case "rg": return Optional.of(Body.researchGroup(a));
      case "sdo": {
        Optional<String> byPrefix = sdoOrganization(a);
        if (parent.isEmpty() && byPrefix.isEmpty()) {
          // an SDO group without a parent is an organization of its own (Broadband Forum, MEF)
          return Optional.of(Body.organization(name.isEmpty() ? a : name));
        }
        String organization = !parent.isEmpty() ? parent : byPrefix.get();
        if (a.equalsIgnoreCase(organization) || name.equalsIgnoreCase(organization)) {
          return Optional.of(Body.organization(organization));
        }
        return Optional.of(Body.externalGroup(organization, externalName(a, name, organization)));
      }
      default:
        if (!type.isEmpty()) {
          notes.add(field + ": group type \"" + type + "\" is not one of ietf, iesg, iab, area, wg, irtf, rg, sdo; "
              + "classified by its acronym");
        }
        return acronym(a, directory, field, notes);
    }
  }

  static Optional<Body> acronym(String acronym, Directory directory, String field, List<String> notes) {
    String a = acronym.toLowerCase(Locale.ROOT);
    if (a.isEmpty()) {
      notes.add(field + ": an empty group acronym; skipped");
      return Optional.empty();
    }
    switch (a) {
      case "ietf": return Optional.of(Body.ietf());
      case "iesg": return Optional.of(Body.iesg());
      case "iab": return Optional.of(Body.iab());
      case "irtf": return Optional.of(Body.irtf());
      default: break;
    }
    if (directory.workingGroup(a).isPresent()) {
      return Optional.of(Body.workingGroup(a));
    }
    if (directory.area(a).isPresent()) {
      return Optional.of(Body.area(a));
    }
    if (directory.researchGroup(a).isPresent()) {
      return Optional.of(Body.researchGroup(a));
    }
    if (KNOWN_AREAS.contains(a)) {
      notes.add(field + ": \"" + a + "\" is an IETF area the directory does not list; classified as an area");
      return Optional.of(Body.area(a));
    }
    Optional<String> organization = sdoOrganization(a);
    if (organization.isPresent()) {
      if (a.equals(organization.get().toLowerCase(Locale.ROOT))) {
        return Optional.of(Body.organization(organization.get()));
      }
      return Optional.of(Body.externalGroup(organization.get(), externalName(a, "", organization.get())));
    }
    notes.add(field + ": group \"" + acronym + "\" is unknown (not in the directory, no itu-t-, 3gpp- or ieee- prefix); "
        + "taken as an external group of organization \"unknown\"");
    return Optional.of(Body.externalGroup(UNKNOWN_ORGANIZATION, acronym));
  }

  /** ITU-T, 3GPP or IEEE by the acronym's prefix. */
  static Optional<String> sdoOrganization(String acronym) {
    String a = acronym.toLowerCase(Locale.ROOT);
    if (a.equals("itu-t") || a.startsWith("itu-t-")) {
      return Optional.of("ITU-T");
    }
    if (a.equals("3gpp") || a.startsWith("3gpp-")) {
      return Optional.of("3GPP");
    }
    if (a.equals("ieee") || a.startsWith("ieee-")) {
      return Optional.of("IEEE");
    }
    return Optional.empty();
  }

  /** "Study Group 15" for itu-t-sg-15 (the directory's relationships use that name), else the name or acronym. */
  static String externalName(String acronym, String name, String organization) {
    Matcher m = ITU_SG.matcher(acronym.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      return "Study Group " + m.group(1);
    }
    if (!name.isEmpty()) {
      String prefix = organization + " ";
      return name.regionMatches(true, 0, prefix, 0, prefix.length()) ? name.substring(prefix.length()).trim() : name;
    }
    return acronym;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().replaceAll("\\s+", " ").trim();
  }
}

package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.ImmutableDirectory;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.ResearchGroup;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.model.validation.MailAddressValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directory a folder of saved API responses gives: areas with their ADs, WGs with their area,
 * chairs and list, research groups, the IETF, IAB and IRTF Chairs, liaison managers of other
 * bodies' groups. The API holds only today's roles (no history of who held a role when), so this
 * is today's directory, not the one of a record's date; {@link #describe()} says so.
 */
public final class ApiDirectory {
  private final Directory directory;
  private final String description;

  private ApiDirectory(Directory directory, String description) {
    this.directory = directory;
    this.description = description;
  }

  public Directory directory() {
    return directory;
  }

  /** One line for the audit's header: where the directory comes from and what it holds. */
  public String describe() {
    return description;
  }

  /**
   * Builds the directory from the saved groups and roles, adding the WG areas the mapped records'
   * group objects gave ({@code workingGroupAreas}) for WGs not saved as groups.
   */
  public static ApiDirectory build(ApiFolder folder, Map<String, String> workingGroupAreas, Map<String, String> areaNames) {
    Map<String, List<Person>> ads = new LinkedHashMap<>();
    Map<String, List<Person>> chairs = new LinkedHashMap<>();
    Map<String, List<Person>> managers = new LinkedHashMap<>();
    int roles = 0;
    for (JsonNode role : folder.all(ApiRecords.ROLE)) {
      String name = ApiFolder.keyOf(role.path("name").asText("")).orElse("");
      Optional<JsonNode> group = folder.get(role.path("group").asText(""));
      Optional<String> address = ApiFolder.keyOf(role.path("email").asText(""))
          .filter(MailAddressValidator::isMailAddress);
      if (group.isEmpty() || address.isEmpty()) {
        continue;
      }
      String person = folder.get(role.path("person").asText("")).map(ApiRecords::displayName).filter(n -> !n.isBlank())
          .orElse(address.get());
      Person p = Person.of(oneLine(person), address.get());
      String acronym = group.get().path("acronym").asText("").toLowerCase(Locale.ROOT);
      switch (name) {
        case "ad" -> ads.computeIfAbsent(acronym, k -> new ArrayList<>()).add(p);
        case "chair" -> chairs.computeIfAbsent(acronym, k -> new ArrayList<>()).add(p);
        case "liaiman" -> managers.computeIfAbsent(ApiFolder.normalise(role.path("group").asText("")).orElse(""),
            k -> new ArrayList<>()).add(p);
        default -> {
          continue;
        }
      }
      roles++;
    }

    ImmutableDirectory.Builder d = Directory.builder();
    Map<String, String> wgAreas = new LinkedHashMap<>(workingGroupAreas);
    Map<String, String> areas = new LinkedHashMap<>(areaNames);
    int wgs = 0;
    int rgs = 0;
    for (JsonNode g : folder.all(ApiRecords.GROUP)) {
      String type = ApiFolder.keyOf(g.path("type").asText("")).orElse("");
      String acronym = g.path("acronym").asText("").toLowerCase(Locale.ROOT);
      if (acronym.isBlank()) {
        continue;
      }
      switch (type) {
        case "area" -> areas.putIfAbsent(acronym, g.path("name").asText(""));
        case "wg" -> folder.get(g.path("parent").asText("")).ifPresent(p -> wgAreas.put(acronym,
            p.path("acronym").asText("").toLowerCase(Locale.ROOT)));
        default -> { }
      }
    }
    for (Map.Entry<String, String> a : areas.entrySet()) {
      var area = Area.builder().acronym(a.getKey()).directors(ads.getOrDefault(a.getKey(), List.of()));
      if (!a.getValue().isBlank()) {
        area.name(oneLine(a.getValue()));
      }
      d.addAreas(area.build());
    }
    for (JsonNode g : folder.all(ApiRecords.GROUP)) {
      String type = ApiFolder.keyOf(g.path("type").asText("")).orElse("");
      String acronym = g.path("acronym").asText("").toLowerCase(Locale.ROOT);
      String list = g.path("list_email").asText("");
      Optional<String> listAddress = Optional.of(list).filter(MailAddressValidator::isMailAddress);
      if (type.equals("wg") && wgAreas.containsKey(acronym)) {
        d.addWorkingGroups(WorkingGroup.builder().acronym(acronym).name(name(g)).area(wgAreas.remove(acronym))
            .chairs(chairs.getOrDefault(acronym, List.of())).listAddress(listAddress).build());
        wgs++;
      } else if (type.equals("rg") && !acronym.isBlank()) {
        d.addResearchGroups(ResearchGroup.builder().acronym(acronym).name(name(g))
            .chairs(chairs.getOrDefault(acronym, List.of())).listAddress(listAddress).build());
        rgs++;
      }
    }
    // WGs the records gave an area for without a saved group object
    for (Map.Entry<String, String> wg : wgAreas.entrySet()) {
      d.addWorkingGroups(WorkingGroup.builder().acronym(wg.getKey()).area(wg.getValue()).build());
      wgs++;
    }
    first(chairs.get("ietf")).ifPresent(d::ietfChair);
    first(chairs.get("iab")).ifPresent(d::iabChair);
    first(chairs.get("irtf")).ifPresent(d::irtfChair);
    int relationships = 0;
    for (Map.Entry<String, List<Person>> m : managers.entrySet()) {
      Optional<JsonNode> g = folder.get(m.getKey());
      if (g.isEmpty()) {
        continue;
      }
      var body = Groups.classify(ApiRecords.group(g.get(), folder), Directory.empty(), "liaison manager", new ArrayList<>());
      if (body.isEmpty() || body.get().isIetfSide()) {
        continue;
      }
      var rel = LiaisonRelationship.builder().organization(body.get().getOrganization()).managers(m.getValue());
      body.get().getName().filter(n -> !n.equals(body.get().getOrganization())).ifPresent(rel::group);
      d.addRelationships(rel.build());
      relationships++;
    }
    Directory built = d.build();
    String description = roles == 0
        ? "built from the saved groups (" + built.getAreas().size() + " areas, " + wgs + " WGs with their area); "
            + "no roles saved, so no ADs, chairs or liaison managers: these are today's groups, not those of each record's date"
        : "built from the saved groups and roles: " + built.getAreas().size() + " areas, " + wgs + " WGs, " + rgs
            + " RGs, " + roles + " roles, " + relationships + " liaison relationship(s); these are today's roles "
            + "(the API keeps no history), not those of each record's date";
    return new ApiDirectory(built, description);
  }

  /** A given directory, with the WG areas the records gave added for WGs it does not list. */
  public static ApiDirectory given(Directory given, String file, Map<String, String> workingGroupAreas,
      Map<String, String> areaNames) {
    ImmutableDirectory.Builder d = Directory.builder().from(given);
    int added = 0;
    for (Map.Entry<String, String> wg : workingGroupAreas.entrySet()) {
      if (given.workingGroup(wg.getKey()).isEmpty()) {
        d.addWorkingGroups(WorkingGroup.builder().acronym(wg.getKey()).area(wg.getValue()).build());
        added++;
      }
    }
    for (Map.Entry<String, String> a : areaNames.entrySet()) {
      if (given.area(a.getKey()).isEmpty()) {
        d.addAreas(Area.builder().acronym(a.getKey()).build());
      }
    }
    return new ApiDirectory(d.build(), file + (added == 0 ? "" : " (plus " + added + " WG area(s) the records give)"));
  }

  private static Optional<String> name(JsonNode g) {
    String n = g.path("name").asText("");
    return n.isBlank() ? Optional.empty() : Optional.of(oneLine(n));
  }

  private static Optional<Person> first(List<Person> people) {
    return people == null || people.isEmpty() ? Optional.empty() : Optional.of(people.get(0));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}

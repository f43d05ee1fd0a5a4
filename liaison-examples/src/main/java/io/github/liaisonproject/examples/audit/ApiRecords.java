package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins the objects of an {@link ApiFolder} into one record per statement, in the record shape
 * {@link DatatrackerMapper} reads (spec/datatracker-record.md), plus what only the API shows: the
 * events (submitted, approved, posted, by whom), the attachment rows and documents, the related
 * rows in both directions. Only looks things up: the mapper decides what they mean. A reference to
 * an object not saved becomes a note on the record ({@code mapping_notes}), never a failure.
 */
public final class ApiRecords {
  static final String STATEMENT = "liaisons/liaisonstatement";
  static final String EVENT = "liaisons/liaisonstatementevent";
  static final String ATTACHMENT = "liaisons/liaisonstatementattachment";
  static final String RELATED = "liaisons/relatedliaisonstatement";
  static final String GROUP = "group/group";
  static final String ROLE = "group/role";
  static final String PERSON = "person/person";
  static final String EMAIL = "person/email";
  static final String DOCUMENT = "doc/document";

  /** The person the Datatracker names for events it synthesized when importing old records. */
  public static final String SYSTEM_PERSON = "(System)";

  /** The statement keys the API documents; others are new keys the reader ignores (with a note). */
  static final Set<String> STATEMENT_KEYS = Set.of("id", "title", "purpose", "state", "tags", "from_groups", "to_groups",
      "from_contact", "to_contacts", "response_contacts", "technical_contacts", "action_holder_contacts", "cc_contacts",
      "deadline", "other_identifiers", "body", "attachments", "resource_uri", "from_name", "to_name", "submitted",
      "modified", "approved", "action_taken");
  static final Set<String> DOCUMENT_KEYS = Set.of("name", "title", "type", "uploaded_filename", "time", "resource_uri",
      "external_url", "rev", "abstract", "pages", "words", "states", "tags", "group", "stream", "std_level",
      "intended_std_level", "ad", "shepherd", "notify", "expires", "note", "order", "formal_languages", "rfc_number");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ApiRecords() {}

  /** One record per saved statement, by id. */
  public static List<JsonNode> records(ApiFolder folder) {
    List<JsonNode> statements = new ArrayList<>(folder.all(STATEMENT));
    statements.sort(Comparator.comparingLong(ApiRecords::numericId).thenComparing(s -> s.path("resource_uri").asText()));
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode s : statements) {
      out.add(record(s, folder));
    }
    return out;
  }

  private static long numericId(JsonNode s) {
    JsonNode id = s.get("id");
    if (id != null && id.canConvertToLong()) {
      return id.asLong();
    }
    try {
      return Long.parseLong(ApiFolder.keyOf(s.path("resource_uri").asText()).orElse(""));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  static ObjectNode record(JsonNode s, ApiFolder folder) {
    String uri = ApiFolder.normalise(s.path("resource_uri").asText()).orElse("");
    List<String> notes = new ArrayList<>();
    ObjectNode r = NODES.objectNode();
    r.set("id", s.hasNonNull("id") ? s.get("id") : NODES.textNode(ApiFolder.keyOf(uri).orElse("")));
    Set<String> unknownKeys = new TreeSet<>();
    s.fieldNames().forEachRemaining(k -> {
      if (!STATEMENT_KEYS.contains(k)) {
        unknownKeys.add(k);
      }
    });
    if (!unknownKeys.isEmpty()) {
      notes.add("keys the API did not document, ignored: " + String.join(", ", unknownKeys));
    }
    for (String k : List.of("title", "deadline", "other_identifiers", "body", "to_contacts", "response_contacts",
        "technical_contacts", "action_holder_contacts", "cc_contacts")) {
      if (s.has(k)) {
        r.set(k, s.get(k));
      }
    }
    slug(s, "purpose", notes).ifPresent(v -> r.put("purpose", v));
    if (s.hasNonNull("state")) {
      slug(s, "state", notes).ifPresent(v -> r.put("state", v));
    } else {
      notes.add("state: not given; where the statement stands is unknown");
    }
    ArrayNode tags = r.putArray("tags");
    for (String t : ApiFolder.texts(s.get("tags"))) {
      ApiFolder.keyOf(t).ifPresentOrElse(tags::add, () -> notes.add("tags: \"" + Addresses.oneLine(t) + "\" is not a name URI; ignored"));
    }
    r.set("from_groups", groups(s.get("from_groups"), "from_groups", folder, notes));
    r.set("to_groups", groups(s.get("to_groups"), "to_groups", folder, notes));
    fromContact(s.get("from_contact"), folder, notes).ifPresent(v -> r.put("from_contact", v));

    events(uri, r, folder, notes);
    attachments(s, uri, r, folder, notes);
    related(uri, r, folder);
    ArrayNode n = r.putArray("mapping_notes");
    notes.forEach(n::add);
    return r;
  }

  private static Optional<String> slug(JsonNode s, String field, List<String> notes) {
    JsonNode v = s.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      notes.add(field + ": not a name URI (" + v.getNodeType().toString().toLowerCase(Locale.ROOT) + "); ignored");
      return Optional.empty();
    }
    Optional<String> slug = ApiFolder.keyOf(v.asText());
    if (slug.isEmpty()) {
      // a bare slug ("posted"), as a hand-made file might give it
      return Optional.of(v.asText().trim());
    }
    return slug;
  }

  private static ArrayNode groups(JsonNode refs, String field, ApiFolder folder, List<String> notes) {
    ArrayNode out = NODES.arrayNode();
    for (String ref : ApiFolder.texts(refs)) {
      Optional<JsonNode> g = folder.get(ref);
      if (g.isEmpty()) {
        notes.add(field + ": group " + Addresses.oneLine(ref) + " is not saved; left out (fetch its group object)");
        continue;
      }
      out.add(group(g.get(), folder));
    }
    return out;
  }

  /** The group as the record shape gives it: acronym, name, type, and its parent's acronym and type. */
  static ObjectNode group(JsonNode g, ApiFolder folder) {
    ObjectNode o = NODES.objectNode();
    o.put("acronym", g.path("acronym").asText(""));
    o.put("name", g.path("name").asText(""));
    o.put("type", ApiFolder.keyOf(g.path("type").asText("")).orElse(g.path("type").asText("")));
    JsonNode parentRef = g.get("parent");
    if (parentRef != null && parentRef.isTextual()) {
      Optional<JsonNode> parent = folder.get(parentRef.asText());
      if (parent.isEmpty()) {
        o.put("parent_unresolved", parentRef.asText());
      } else if (o.path("type").asText().equals("sdo")) {
        // the record shape's parent of an SDO group is its organization: the top of the parent chain
        JsonNode top = parent.get();
        for (int depth = 0; depth < 10 && top.hasNonNull("parent"); depth++) {
          Optional<JsonNode> up = folder.get(top.get("parent").asText(""));
          if (up.isEmpty()) {
            break;
          }
          top = up.get();
        }
        o.put("parent", top.path("name").asText(top.path("acronym").asText("")));
      } else {
        o.put("parent", parent.get().path("acronym").asText(""));
      }
    }
    o.put("state", ApiFolder.keyOf(g.path("state").asText("")).orElse(""));
    return o;
  }

  /** from_contact: free text since 2025; before, an email URI (its key is the address) or null. */
  private static Optional<String> fromContact(JsonNode v, ApiFolder folder, List<String> notes) {
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      notes.add("from_contact: neither text nor an email URI; ignored");
      return Optional.empty();
    }
    String t = v.asText();
    if (t.contains(ApiFolder.API_PREFIX + "person/email/")) {
      return ApiFolder.keyOf(t);
    }
    return Optional.of(t);
  }

  private static void events(String statementUri, ObjectNode r, ApiFolder folder, List<String> notes) {
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode e : folder.all(EVENT)) {
      if (ApiFolder.normalise(e.path("statement").asText("")).orElse("").equals(statementUri)) {
        events.add(e);
      }
    }
    events.sort(Comparator.comparing((JsonNode e) -> e.path("time").asText("")).thenComparingLong(e -> e.path("id").asLong()));
    ArrayNode list = r.putArray("events");
    if (events.isEmpty()) {
      notes.add("events: none saved; submitted, approved and posted dates are unknown");
    }
    for (JsonNode e : events) {
      ObjectNode o = list.addObject();
      String type = ApiFolder.keyOf(e.path("type").asText("")).orElse(e.path("type").asText(""));
      o.put("type", type);
      o.put("time", e.path("time").asText(""));
      o.put("desc", e.path("desc").asText(""));
      JsonNode by = e.get("by");
      if (by != null && by.isTextual()) {
        Optional<JsonNode> person = folder.get(by.asText());
        if (person.isPresent()) {
          o.put("by", displayName(person.get()));
          emailOf(by.asText(), folder).ifPresent(a -> o.put("by_address", a));
        } else {
          o.put("by_unresolved", by.asText());
        }
      }
      // the latest of each kind is the one the spec takes
      switch (type) {
        case "submitted" -> r.put("submitted", day(e));
        case "posted" -> r.put("posted", day(e));
        default -> { }
      }
    }
  }

  private static String day(JsonNode e) {
    String t = e.path("time").asText("");
    return t.length() >= 10 ? t.substring(0, 10) : t;
  }

  static String displayName(JsonNode person) {
    String plain = person.path("plain").asText("");
    return plain.isBlank() ? person.path("name").asText("") : plain;
  }

  /** An address of a person: from a saved email object of theirs, else from a role they hold. */
  static Optional<String> emailOf(String personRef, ApiFolder folder) {
    String person = ApiFolder.normalise(personRef).orElse("");
    for (JsonNode e : folder.all(EMAIL)) {
      if (ApiFolder.normalise(e.path("person").asText("")).orElse("").equals(person) && e.path("active").asBoolean(true)) {
        String a = e.path("address").asText("");
        if (!a.isBlank()) {
          return Optional.of(a);
        }
      }
    }
    for (JsonNode role : folder.all(ROLE)) {
      if (ApiFolder.normalise(role.path("person").asText("")).orElse("").equals(person)) {
        Optional<String> a = ApiFolder.keyOf(role.path("email").asText(""));
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private static void attachments(JsonNode s, String statementUri, ObjectNode r, ApiFolder folder, List<String> notes) {
    // the statement's own list, with the removed flag from the attachment rows
    Set<String> docs = new LinkedHashSet<>();
    ApiFolder.texts(s.get("attachments")).forEach(d -> ApiFolder.normalise(d).ifPresent(docs::add));
    java.util.Map<String, Boolean> removed = new java.util.HashMap<>();
    for (JsonNode row : folder.all(ATTACHMENT)) {
      if (ApiFolder.normalise(row.path("statement").asText("")).orElse("").equals(statementUri)) {
        ApiFolder.normalise(row.path("document").asText("")).ifPresent(d -> {
          docs.add(d);
          removed.put(d, row.path("removed").asBoolean(false));
        });
      }
    }
    ArrayNode out = r.putArray("attachments");
    Set<String> unknownKeys = new TreeSet<>();
    for (String d : docs) {
      ObjectNode a = out.addObject();
      a.put("document_uri", d);
      a.put("removed", removed.getOrDefault(d, false));
      Optional<JsonNode> doc = folder.get(d);
      if (doc.isEmpty()) {
        notes.add("attachments: document " + d + " is not saved; its title and file name are unknown");
        continue;
      }
      doc.get().fieldNames().forEachRemaining(k -> {
        if (!DOCUMENT_KEYS.contains(k)) {
          unknownKeys.add(k);
        }
      });
      if (doc.get().hasNonNull("title")) {
        a.put("title", doc.get().get("title").asText());
      }
      if (doc.get().hasNonNull("uploaded_filename") && !doc.get().get("uploaded_filename").asText().isBlank()) {
        a.put("filename", doc.get().get("uploaded_filename").asText());
      }
    }
    if (!unknownKeys.isEmpty()) {
      notes.add("attachments: document keys the API did not document, ignored: " + String.join(", ", unknownKeys));
    }
  }

  private static void related(String statementUri, ObjectNode r, ApiFolder folder) {
    ArrayNode related = r.putArray("related");
    ArrayNode answeredBy = r.putArray("referred_to_by");
    for (JsonNode row : folder.all(RELATED)) {
      String source = ApiFolder.normalise(row.path("source").asText("")).orElse("");
      String target = ApiFolder.normalise(row.path("target").asText("")).orElse("");
      if (source.equals(statementUri) && !target.isEmpty()) {
        related.add(ApiFolder.key(target));
      } else if (target.equals(statementUri) && !source.isEmpty()) {
        ObjectNode o = answeredBy.addObject();
        o.put("id", ApiFolder.key(source));
        folder.get(source).ifPresentOrElse(x -> {
          o.put("saved", true);
          o.put("purpose", ApiFolder.keyOf(x.path("purpose").asText("")).orElse(""));
        }, () -> o.put("saved", false));
      }
    }
  }
}

package io.github.liaisonproject.model.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonproject.model.*;
import io.github.liaisonproject.model.validation.MailAddress;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the first draft of the JSON Schemas from the model (run once; the committed schemas may
 * then be edited by hand). {@code SchemaDriftTest} keeps them in step with the model.
 */
public final class SchemaGenerator {
  static final String BASE = "https://liaisonproject.github.io/liaison/schema/";
  static final String ADDRESS_PATTERN = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
      + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

  static final Map<Class<?>, String> TYPE_DOCS = Map.ofEntries(
      Map.entry(LiaisonStatement.class, "A liaison statement (draft-iab-rfc4053bis §2)."),
      Map.entry(Body.class, "A body that sends or receives a statement: an organization and, within it, a group of a given kind (§2.1)."),
      Map.entry(Attachment.class, "A document enclosed with the statement (§2.3): a file (fileName) or a URL (uri)."),
      Map.entry(DocumentReference.class, "A document the statement transmits or references (§4.3)."),
      Map.entry(Consensus.class, "What the statement discloses about consensus, and how it was reached (§4.2, §4.2.1)."),
      Map.entry(ReplyContent.class, "For replies: what the reply does with the request (§4.2.1, §5.1)."),
      Map.entry(FollowUp.class, "What was done about an incoming statement (-05 §3.1, §5.1)."),
      Map.entry(Approval.class, "An approval given to an outgoing statement (§4.1)."),
      Map.entry(Submitter.class, "The person who submits an outgoing statement, and the roles they claim."),
      Map.entry(RoleHolding.class, "A role held for a group."),
      Map.entry(PublicRecord.class, "The public record of a statement (§3)."),
      Map.entry(RecordedApproval.class, "What a tool's record shows about an outgoing statement's approval: approved or not, by whom, when."),
      Map.entry(Directory.class, "The directory of IETF roles the rules need: areas and ADs, WGs, RGs, chairs, addresses, liaison relationships."),
      Map.entry(Area.class, "An IETF area and its Area Directors."),
      Map.entry(WorkingGroup.class, "An IETF working group: its area, chairs and mailing list."),
      Map.entry(ResearchGroup.class, "An IRTF research group: its chairs and mailing list."),
      Map.entry(Person.class, "A person with a name and a bare mail address."),
      Map.entry(LiaisonRelationship.class, "A formal liaison relationship: an external organization, optionally one of its groups, its liaison managers and their alias."));

  static final Map<String, String> PROPERTY_DOCS = Map.ofEntries(
      Map.entry("LiaisonStatement.id", "A local identifier; replies name the statements they answer by it (respondsTo)."),
      Map.entry("LiaisonStatement.stage", "Where the statement stands; default DRAFT when outgoing, RECEIVED when incoming."),
      Map.entry("LiaisonStatement.from", "From (§2.1): the body or bodies it originates from."),
      Map.entry("LiaisonStatement.fromContacts", "From-Contacts (§2.1): bare addresses of the From body."),
      Map.entry("LiaisonStatement.sendReplyTo", "From-Liaison-Contact, 'Send Reply To' (§2.1): where replies go."),
      Map.entry("LiaisonStatement.to", "To (§2.1): the body or bodies it is sent to."),
      Map.entry("LiaisonStatement.toContacts", "To-Contacts (§2.1): addresses of the receiving body."),
      Map.entry("LiaisonStatement.sendTo", "To-Liaison-Contact, 'Send To' (§2.1): when present, an outgoing statement goes there alone."),
      Map.entry("LiaisonStatement.purpose", "The purpose label (§2.2). For Comment is retired and read only as legacy."),
      Map.entry("LiaisonStatement.deadline", "The deadline by which action is requested (§2.2), YYYY-MM-DD."),
      Map.entry("LiaisonStatement.subject", "The subject (§2.3): a short single line; it becomes a mail header."),
      Map.entry("LiaisonStatement.body", "The body text (§2.3)."),
      Map.entry("LiaisonStatement.attachments", "Enclosed documents, as files or URLs (§2.3)."),
      Map.entry("LiaisonStatement.documents", "Documents transmitted or referenced by name (§4.3), besides attached ones."),
      Map.entry("LiaisonStatement.respondsTo", "The ids of the statements this one answers (In Response, §2.2)."),
      Map.entry("LiaisonStatement.otherIdentifiers", "The other body's own reference numbers ('SG15-LS123')."),
      Map.entry("LiaisonStatement.receivedAt", "Incoming: the central address it arrived through (-05 §2.1)."),
      Map.entry("LiaisonStatement.assignee", "Incoming: the person responsible for follow-up (-05 §3.1)."),
      Map.entry("LiaisonStatement.approvals", "Approvals given so far (§4.1)."),
      Map.entry("Body.organization", "The organization: IETF for every IETF-side body (the default for IETF-side kinds), else the other body's name."),
      Map.entry("Body.kind", "What kind of group this is."),
      Map.entry("Body.name", "An acronym for IETF areas, WGs and RGs ('netconf'); a name for an external group ('Study Group 15'); absent for the IETF, IESG, IAB, IRTF and whole organizations."),
      Map.entry("Directory.liaisonCoordination", "The IAB's liaison-coordination address (§2.1); default liaison-coordination@iab.org."),
      Map.entry("Directory.personalAddresses", "Addresses known to be personal besides those of the people listed here."),
      Map.entry("LiaisonRelationship.alias", "The liaison managers' alias address."),
      Map.entry("LiaisonRelationship.requiresSubmissionForm", "The organization requires a form of submission other than mail (§3.2)."),
      Map.entry("WorkingGroup.area", "The acronym of the area the WG belongs to."));

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonNodeFactory f = JsonNodeFactory.instance;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/github/liaisonproject/model/schema");
    Files.createDirectories(dir);
    SchemaGenerator g = new SchemaGenerator();
    ObjectMapper out = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(dir.resolve("statement.schema.json"), out.writeValueAsString(g.statementSchema()) + "\n");
    Files.writeString(dir.resolve("directory.schema.json"), out.writeValueAsString(g.directorySchema()) + "\n");
  }

  ObjectNode statementSchema() {
    ObjectNode root = header("statement.schema.json", "Liaison statement file",
        "One liaison statement, or a list of them, as read by LiaisonFiles.readStatement(s). Property names are those of the model; enums are written by name (read case-insensitively), purposes by label.");
    ArrayNode any = root.putArray("anyOf");
    any.addObject().put("$ref", "#/$defs/LiaisonStatement");
    any.addObject().put("type", "array").put("description", "Several statements (readStatements only).")
        .putObject("items").put("$ref", "#/$defs/LiaisonStatement");
    root.set("$defs", defs(LiaisonStatement.class));
    return root;
  }

  ObjectNode directorySchema() {
    ObjectNode root = header("directory.schema.json", "Liaison directory file",
        "The directory of IETF roles, as read by LiaisonFiles.readDirectory.");
    root.put("$ref", "#/$defs/Directory");
    root.set("$defs", defs(Directory.class));
    return root;
  }

  private ObjectNode header(String file, String title, String description) {
    ObjectNode root = f.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", BASE + file);
    root.put("title", title);
    root.put("description", description);
    return root;
  }

  private ObjectNode defs(Class<?> start) {
    ObjectNode defs = f.objectNode();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(start));
    Set<Class<?>> done = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!done.add(type)) {
        continue;
      }
      defs.set(type.getSimpleName(), objectSchema(type, todo));
    }
    return defs;
  }

  /** The properties Jackson writes for a model type, in order. */
  static List<BeanPropertyDefinition> properties(ObjectMapper mapper, Class<?> modelType) throws ClassNotFoundException {
    Class<?> immutable = Class.forName(modelType.getPackageName() + ".Immutable" + modelType.getSimpleName());
    BeanDescription d = mapper.getSerializationConfig().introspect(mapper.constructType(immutable));
    return d.findProperties().stream().filter(BeanPropertyDefinition::couldSerialize).toList();
  }

  private ObjectNode objectSchema(Class<?> type, Deque<Class<?>> todo) {
    ObjectNode o = f.objectNode();
    o.put("type", "object");
    o.put("description", TYPE_DOCS.getOrDefault(type, type.getSimpleName()));
    o.put("additionalProperties", false);
    ObjectNode props = o.putObject("properties");
    ArrayNode required = f.arrayNode();
    try {
      for (BeanPropertyDefinition p : properties(mapper, type)) {
        Method m = accessor(type, p.getName());
        ObjectNode ps = valueSchema(m.getAnnotatedReturnType(), todo);
        String doc = PROPERTY_DOCS.get(type.getSimpleName() + "." + p.getName());
        if (doc != null) {
          ps.put("description", doc);
        }
        props.set(p.getName(), ps);
        Class<?> raw = m.getReturnType();
        if (Modifier.isAbstract(m.getModifiers()) && raw != Optional.class && !Collection.class.isAssignableFrom(raw)) {
          required.add(p.getName());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    return o;
  }

  static Method accessor(Class<?> type, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String n : List.of("get" + cap, "is" + cap)) {
      try {
        return type.getMethod(n);
      } catch (NoSuchMethodException e) {
        // next
      }
    }
    throw new IllegalStateException("no accessor for " + type.getSimpleName() + "." + property);
  }

  private ObjectNode valueSchema(AnnotatedType at, Deque<Class<?>> todo) {
    ObjectNode s = f.objectNode();
    java.lang.reflect.Type t = at.getType();
    Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
      AnnotatedType arg = ((AnnotatedParameterizedType) at).getAnnotatedActualTypeArguments()[0];
      if (raw == Optional.class) {
        return valueSchema(arg, todo);
      }
      s.put("type", "array");
      Size size = at.getAnnotation(Size.class);
      s.set("items", valueSchema(arg, todo));
      if (size != null && size.max() < Integer.MAX_VALUE) {
        s.put("maxItems", size.max());
      }
      return s;
    }
    if (raw == String.class) {
      s.put("type", "string");
      if (at.isAnnotationPresent(MailAddress.class)) {
        s.put("pattern", ADDRESS_PATTERN);
        s.put("maxLength", 254);
      } else if (at.getAnnotation(Size.class) != null) {
        s.put("maxLength", at.getAnnotation(Size.class).max());
      }
    } else if (raw == boolean.class) {
      s.put("type", "boolean").put("default", false);
    } else if (raw == LocalDate.class) {
      s.put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    } else if (raw == URI.class) {
      s.put("type", "string").put("format", "uri-reference").put("minLength", 1);
    } else if (raw == Purpose.class) {
      ArrayNode e = s.putArray("enum");
      for (Purpose p : Purpose.values()) {
        e.add(p.label());
      }
    } else if (raw.isEnum()) {
      ArrayNode e = s.putArray("enum");
      for (Object c : raw.getEnumConstants()) {
        e.add(((Enum<?>) c).name());
      }
    } else {
      todo.add(raw);
      s.put("$ref", "#/$defs/" + raw.getSimpleName());
    }
    return s;
  }
}

package io.github.liaisonproject.examples.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Direction;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.FollowUp;
import io.github.liaisonproject.model.ImmutableLiaisonStatement;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.PublicRecord;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.Stage;
import io.github.liaisonproject.model.ImmutableFollowUp;
import io.github.liaisonproject.model.ImmutableRecordedApproval;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.RecordedApproval;
import io.github.liaisonproject.model.validation.MailAddressValidator;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import io.github.liaisonproject.model.validation.StatementValidator;
import io.github.liaisonproject.model.validation.Violation;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps records in the IETF Datatracker's shape (spec/datatracker-record.md) onto the model. Every
 * key may be missing, empty or of an odd type; what cannot be used is left out with a note, so
 * the rules report the gap. Only a record that is not a JSON object cannot be mapped at all.
 *
 * <p>State: {@code pending} is PENDING_APPROVAL; {@code approved} is PENDING_APPROVAL too (approved
 * but not yet posted); {@code posted} is SENT (outgoing) or RECEIVED (incoming) with a public
 * record; {@code dead} is WITHDRAWN. An incoming record that is not posted is RECEIVED without a
 * record. No state at all (old pages show none) is not a draft: the stage is unknown
 * ({@code stageUnknown}); a record with a page and a date is read as sent or received and recorded.
 *
 * <p>Approval, outgoing: what the record shows is a {@link RecordedApproval}: state approved or
 * posted is approved (YES), pending is NO; the approver is the {@code by} of the latest
 * {@code approved} event, where the {@code (System)} person means the approver is unknown (events
 * synthesized when old records were imported), not that approval is missing.
 *
 * <p>A WG's parent area given by the record is kept ({@link #workingGroupAreas()}) so the audit's
 * directory can name the WG's area; an incoming record's {@code from_contact} is also the address
 * it was received from; a titled attachment without a file name is content (a URL attachment
 * pointing at the document's record).
 */
public final class DatatrackerMapper {
  /** Where the Datatracker shows a record. */
  public static final String RECORD_URI = "https://datatracker.ietf.org/liaison/%s/";

  /** Where the Datatracker's pages and API live; attachment URIs are made below it. */
  public static final String DATATRACKER = "https://datatracker.ietf.org";

  private final Directory directory;
  private final LocalDate fallbackAsOf;
  private final Map<String, String> workingGroupAreas = new TreeMap<>();
  private final Map<String, String> areaNames = new TreeMap<>();

  /**
   * @param directory    classifies bare group acronyms
   * @param fallbackAsOf the as-of day for a record with neither a submitted nor a posted date
   */
  public DatatrackerMapper(Directory directory, LocalDate fallbackAsOf) {
    this.directory = directory;
    this.fallbackAsOf = fallbackAsOf;
  }

  /** WG acronym → area acronym, as the mapped records' group objects gave them. */
  public Map<String, String> workingGroupAreas() {
    return Collections.unmodifiableMap(workingGroupAreas);
  }

  /** Area acronym → area name, as the mapped records' group objects gave them. */
  public Map<String, String> areaNames() {
    return Collections.unmodifiableMap(areaNames);
  }

  public List<MappedRecord> mapAll(List<JsonNode> records) {
    List<MappedRecord> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      out.add(map(records.get(i), i));
    }
    return out;
  }

  public MappedRecord map(JsonNode record, int index) {
    List<String> notes = new ArrayList<>();
    String position = "#" + (index + 1);
    if (record == null || !record.isObject()) {
      return MappedRecord.unmappable(index, position, "", fallbackAsOf, notes, "record " + position + " is not a JSON object ("
          + (record == null ? "null" : record.getNodeType().toString().toLowerCase(Locale.ROOT)) + ")");
    }
    String id = Groups.text(record, "id");
    if (id.isEmpty()) {
      notes.add("id: missing; the record is named by its position " + position);
    }
    String title = Groups.text(record, "title");
    String shownId = id.isEmpty() ? position : id;
    try {
      return mapObject(record, index, shownId, id, title, notes);
    } catch (RuntimeException e) {
      // a last safety net: the record is reported with the reason, never skipped, never a crash
      return MappedRecord.unmappable(index, shownId, title, fallbackAsOf, notes, "cannot map the record: " + e);
    }
  }

  private MappedRecord mapObject(JsonNode r, int index, String shownId, String id, String title, List<String> notes) {
    JsonNode readerNotes = r.get("mapping_notes");
    if (readerNotes != null && readerNotes.isArray()) {
      readerNotes.forEach(n -> notes.add(n.asText()));
    }
    ImmutableLiaisonStatement.Builder b = LiaisonStatement.builder();
    if (!id.isEmpty()) {
      b.id(id);
    }
    if (!title.isEmpty()) {
      b.subject(title);
    } else {
      notes.add("title: missing");
    }

    List<Body> from = groups(r, "from_groups", notes);
    List<Body> to = groups(r, "to_groups", notes);
    b.from(from).to(to);

    // From-Contacts: from_contact, technical_contacts, cc_contacts (the sender side's copies)
    Set<String> fromContacts = new LinkedHashSet<>();
    List<String> fromNames = new ArrayList<>();
    fromContacts.addAll(Addresses.parse(Groups.text(r, "from_contact"), "from_contact", notes, fromNames));
    fromContacts.addAll(Addresses.parse(Groups.text(r, "technical_contacts"), "technical_contacts", notes, fromNames));
    fromContacts.addAll(Addresses.parse(Groups.text(r, "cc_contacts"), "cc_contacts", notes, fromNames));
    List<String> response = Addresses.parse(Groups.text(r, "response_contacts"), "response_contacts", notes, fromNames);
    if (!response.isEmpty()) {
      b.sendReplyTo(response.get(0));
      if (response.size() > 1) {
        notes.add("response_contacts: " + response.size() + " addresses; the first is Send Reply To, the others From-Contacts");
        fromContacts.addAll(response.subList(1, response.size()));
      }
    }
    b.fromContacts(fromContacts);
    b.fromContactNames(fromNames.size() > 200 ? fromNames.subList(0, 200) : fromNames);
    List<String> formalSender = Addresses.parse(Groups.text(r, "from_contact"), "from_contact", new ArrayList<>());
    List<String> toNames = new ArrayList<>();
    b.toContacts(Addresses.parse(Groups.text(r, "to_contacts"), "to_contacts", notes, toNames));
    b.toContactNames(toNames.size() > 200 ? toNames.subList(0, 200) : toNames);
    List<String> holders = Addresses.parse(Groups.text(r, "action_holder_contacts"), "action_holder_contacts", notes);
    if (!holders.isEmpty()) {
      b.assignee(holders.get(0));
      if (holders.size() > 1) {
        notes.add("action_holder_contacts: " + holders.size() + " addresses; the first is the assignee");
      }
    }

    String purpose = Groups.text(r, "purpose");
    if (!purpose.isEmpty()) {
      try {
        b.purpose(Purpose.parse(purpose));
      } catch (IllegalArgumentException e) {
        notes.add("purpose: \"" + purpose + "\" is not info, action, response or comment; left out");
      }
    }
    date(r, "deadline", notes).ifPresent(b::deadline);
    Optional<LocalDate> submitted = date(r, "submitted", notes);
    Optional<LocalDate> posted = date(r, "posted", notes);
    submitted.ifPresent(b::submitted);

    for (String other : Groups.text(r, "other_identifiers").split("[,;]")) {
      if (!other.isBlank()) {
        b.addOtherIdentifiers(other.trim());
      }
    }
    String body = text(r, "body");
    if (!body.isBlank()) {
      b.body(body);
    } else if (!r.has("body") && r.has("mapping_notes")) {
      // an API record always has a body key ("" when the content is an attachment): without it the
      // saved copy does not keep the body, which is unknown, not empty
      b.bodyUnknown(true);
      notes.add("body: not in the saved record; whether it has body text is unknown");
    }
    attachments(r, b, notes, id);
    related(r, b, notes);

    // direction decides the stage names; compute it as the model does
    LiaisonStatement draft = b.build();
    Direction direction = draft.getDirection();
    if (direction == Direction.INCOMING && !formalSender.isEmpty()) {
      // -05 §2.1: the address it was originally received from; the Datatracker's "formal sender"
      b.receivedFrom(formalSender.get(0));
    }
    String state = Groups.text(r, "state").toLowerCase(Locale.ROOT);
    if (direction == Direction.OUTGOING) {
      recordedApproval(r, state, notes).ifPresent(b::recordedApproval);
    }
    switch (state) {
      case "pending":
        if (direction == Direction.OUTGOING) {
          b.stage(Stage.PENDING_APPROVAL);
        } else {
          b.stage(Stage.RECEIVED);
          notes.add("state: pending incoming statement; taken as RECEIVED, not yet recorded");
        }
        break;
      case "approved":
        if (direction == Direction.OUTGOING) {
          b.stage(Stage.PENDING_APPROVAL);
          notes.add("state: approved but not posted; taken as PENDING_APPROVAL (the Datatracker's approval names no approver)");
        } else {
          b.stage(Stage.RECEIVED);
          notes.add("state: approved incoming statement; taken as RECEIVED, not yet recorded");
        }
        break;
      case "posted": {
        b.stage(direction == Direction.OUTGOING ? Stage.SENT : Stage.RECEIVED);
        io.github.liaisonproject.model.ImmutablePublicRecord.Builder rec = PublicRecord.builder();
        if (!id.isEmpty()) {
          rec.uri(URI.create(String.format(RECORD_URI, urlSafe(id))));
        }
        Optional<LocalDate> on = posted.or(() -> submitted);
        on.ifPresent(rec::recordedOn);
        if (posted.isEmpty()) {
          notes.add("posted: no posted date" + (submitted.isPresent() ? "; the submitted date is taken" : ""));
        }
        b.record(rec.build());
        if (direction == Direction.OUTGOING) {
          on.ifPresent(b::sent);
        } else {
          submitted.or(() -> posted).ifPresent(b::received);
        }
        break;
      }
      case "dead":
        b.stage(Stage.WITHDRAWN);
        break;
      case "": {
        // not a draft: a record without a state is an old record; where it stands is unknown
        b.stageUnknown(true);
        Optional<LocalDate> on = posted.or(() -> submitted);
        if (!id.isEmpty() && on.isPresent()) {
          b.stage(direction == Direction.OUTGOING ? Stage.SENT : Stage.RECEIVED);
          b.record(PublicRecord.builder().uri(URI.create(String.format(RECORD_URI, urlSafe(id)))).recordedOn(on.get()).build());
          if (direction == Direction.OUTGOING) {
            b.sent(on.get());
          } else {
            b.received(on.get());
          }
          notes.add("state: missing; stage unknown; the record has a page and a date (" + on.get() + "), so it is read as "
              + (direction == Direction.OUTGOING ? "sent" : "received") + " and recorded");
        } else {
          b.stage(direction == Direction.OUTGOING ? Stage.PENDING_APPROVAL : Stage.RECEIVED);
          notes.add("state: missing and no date; stage unknown");
        }
        break;
      }
      default:
        notes.add("state: \"" + state + "\" is not pending, approved, posted or dead; taken as "
            + (direction == Direction.OUTGOING ? "DRAFT" : "RECEIVED"));
    }

    JsonNode referredBy = r.get("referred_to_by");
    if (direction == Direction.INCOMING && referredBy != null && referredBy.isArray()) {
      for (JsonNode ref : referredBy) {
        if (!ref.path("saved").asBoolean(true)) {
          // a statement on record refers to this one: its reply; it is not saved, so the batch cannot relate it
          b.followUp(FollowUp.builder().originatorInformed(Known.YES).build());
          notes.add("related: statement " + Groups.text(ref, "id") + " refers to this one but is not saved; taken as "
              + "its recorded reply (originator informed)");
          break;
        }
      }
    }
    JsonNode tags = r.get("tags");
    if (tags != null && tags.isArray()) {
      for (JsonNode t : tags) {
        if (t.asText().trim().equalsIgnoreCase("taken")) {
          FollowUp before = b.build().getFollowUp();
          b.followUp(ImmutableFollowUp.copyOf(before).withActionTaken(true));
        }
      }
    }

    LocalDate asOf = submitted.or(() -> posted).orElse(fallbackAsOf);
    if (submitted.isEmpty()) {
      notes.add("submitted: missing; the record's date is " + (posted.isPresent() ? "its posted date, " + asOf : "unknown"));
    }
    LiaisonStatement statement = b.build();
    List<Violation> malformed = StatementValidator.shared().malformations(statement);
    if (!malformed.isEmpty()) {
      List<String> reasons = malformed.stream().map(v -> v.path() + " " + v.message()).toList();
      return MappedRecord.unmappable(index, shownId, title, asOf, notes, "the mapped statement is malformed: "
          + String.join("; ", reasons));
    }
    return new MappedRecord(index, shownId, title, Optional.of(statement), asOf, notes, Optional.empty());
  }

  /** What the record shows about the approval of an outgoing statement. */
  private static Optional<RecordedApproval> recordedApproval(JsonNode r, String state, List<String> notes) {
    JsonNode approvedEvent = null;
    JsonNode events = r.get("events");
    if (events != null && events.isArray()) {
      for (JsonNode e : events) {
        if (Groups.text(e, "type").equals("approved")) {
          approvedEvent = e; // events are in time order: the latest wins
        }
      }
    }
    Known approved;
    switch (state) {
      case "approved", "posted" -> approved = Known.YES;
      case "pending" -> approved = Known.NO;
      default -> approved = approvedEvent != null ? Known.YES : Known.UNKNOWN;
    }
    if (approved == Known.UNKNOWN && approvedEvent == null) {
      return Optional.empty();
    }
    ImmutableRecordedApproval.Builder a = RecordedApproval.builder().approved(approved);
    if (approvedEvent != null) {
      String by = Groups.text(approvedEvent, "by");
      if (by.equals(ApiRecords.SYSTEM_PERSON)) {
        notes.add("approval: the approved event is by " + ApiRecords.SYSTEM_PERSON + " (synthesized for an imported record): "
            + "approved, approver unknown");
      } else if (!by.isEmpty()) {
        a.by(by.length() > 500 ? by.substring(0, 500) : by);
        String address = Groups.text(approvedEvent, "by_address");
        if (MailAddressValidator.isMailAddress(address)) {
          a.byAddress(address);
        }
      } else {
        notes.add("approval: the approved event names no saved person; approver unknown");
      }
      String time = Groups.text(approvedEvent, "time");
      if (time.length() >= 10) {
        try {
          a.on(LocalDate.parse(time.substring(0, 10)));
        } catch (DateTimeParseException e) {
          notes.add("approval: event time \"" + Addresses.oneLine(time) + "\" is not a date-time; left out");
        }
      }
    } else if (approved == Known.YES) {
      notes.add("approval: state " + state + " shows it approved; no approved event saved, so the approver is unknown "
          + "(pre-approved, or its events were not fetched)");
    }
    return Optional.of(a.build());
  }

  private List<Body> groups(JsonNode r, String field, List<String> notes) {
    List<Body> out = new ArrayList<>();
    JsonNode groups = r.get(field);
    if (groups == null || groups.isNull() || (groups.isTextual() && groups.asText().isBlank())) {
      notes.add(field + ": none");
      return out;
    }
    if (groups.isArray()) {
      for (JsonNode g : groups) {
        rememberArea(g);
        Groups.classify(g, directory, field, notes).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    } else if (groups.isTextual()) {
      for (String a : groups.asText().split("[,\\s]+")) {
        if (!a.isBlank()) {
          Groups.acronym(a.trim(), directory, field, notes).filter(x -> !out.contains(x)).ifPresent(out::add);
        }
      }
    } else {
      Groups.classify(groups, directory, field, notes).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      notes.add(field + ": none usable");
    }
    return out;
  }

  /** A WG object's parent area, and an area's name, for the audit's directory. */
  private void rememberArea(JsonNode g) {
    if (g == null || !g.isObject()) {
      return;
    }
    String type = Groups.text(g, "type").toLowerCase(Locale.ROOT);
    String acronym = Groups.text(g, "acronym").toLowerCase(Locale.ROOT);
    String parent = Groups.text(g, "parent").toLowerCase(Locale.ROOT);
    if (type.equals("wg") && !acronym.isEmpty() && !parent.isEmpty()) {
      workingGroupAreas.putIfAbsent(acronym, parent);
    }
    if (type.equals("area") && !acronym.isEmpty()) {
      areaNames.putIfAbsent(acronym, Groups.text(g, "name"));
    }
  }

  private static void attachments(JsonNode r, ImmutableLiaisonStatement.Builder b, List<String> notes, String id) {
    JsonNode list = r.get("attachments");
    if (list == null || !list.isArray()) {
      return;
    }
    int n = 0;
    for (JsonNode a : list) {
      n++;
      if (!a.isObject()) {
        notes.add("attachments[" + (n - 1) + "]: not an object; skipped");
        continue;
      }
      String fileName = Groups.text(a, "filename");
      if (fileName.isEmpty()) {
        fileName = Groups.text(a, "file_name");
      }
      String title = Groups.text(a, "title");
      if (a.path("removed").asBoolean(false)) {
        notes.add("attachments: \"" + (title.isEmpty() ? fileName : title) + "\" was removed; skipped");
        continue;
      }
      io.github.liaisonproject.model.ImmutableAttachment.Builder att = Attachment.builder();
      if (fileName.isEmpty()) {
        // a titled attachment is content even when its file name is unknown: a URL to where it is shown
        String documentUri = Groups.text(a, "document_uri");
        URI where = !documentUri.isEmpty() && documentUri.startsWith("/") ? URI.create(DATATRACKER + documentUri.replace(" ", "%20"))
            : !id.isEmpty() ? URI.create(String.format(RECORD_URI, urlSafe(id))) : null;
        if (where == null || (title.isEmpty() && documentUri.isEmpty())) {
          notes.add("attachments[" + (n - 1) + "]: neither a file name, a title nor a document; skipped");
          continue;
        }
        att.uri(where);
        notes.add("attachments: \"" + (title.isEmpty() ? documentUri : Addresses.oneLine(title)) + "\" has no file name; "
            + "counted as content, at " + where + " (format unknown)");
      } else {
        att.fileName(fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
      }
      if (!title.isEmpty()) {
        att.title(title.length() > 500 ? title.substring(0, 500) : title);
      }
      b.addAttachments(att.build());
    }
  }

  private static void related(JsonNode r, ImmutableLiaisonStatement.Builder b, List<String> notes) {
    JsonNode related = r.get("related");
    if (related == null || related.isNull()) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    if (related.isArray()) {
      related.forEach(items::add);
    } else {
      items.add(related);
    }
    for (JsonNode x : items) {
      String id = x.isObject() ? Groups.text(x, "id") : x.isValueNode() ? x.asText().trim() : "";
      if (id.isEmpty() || id.length() > 100) {
        notes.add("related: an entry without a usable id; skipped");
        continue;
      }
      b.addRespondsTo(id);
    }
  }

  private static Optional<LocalDate> date(JsonNode r, String field, List<String> notes) {
    String t = Groups.text(r, field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String day = t.length() >= 10 ? t.substring(0, 10) : t; // "2025-03-02T10:00:00" too
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      notes.add(field + ": \"" + t + "\" is not a date (YYYY-MM-DD); left out");
      return Optional.empty();
    }
  }

  private static String text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static String urlSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9._~-]", "-");
  }
}

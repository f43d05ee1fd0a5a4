package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.vocabulary.AttachmentFact;
import io.github.liaisonproject.rules.vocabulary.Addresses;
import io.github.liaisonproject.rules.vocabulary.Contact;
import io.github.liaisonproject.rules.vocabulary.CorrectGroup;
import io.github.liaisonproject.rules.vocabulary.CounterpartRelationshipFact;
import io.github.liaisonproject.rules.vocabulary.DocumentFact;
import io.github.liaisonproject.rules.vocabulary.FromBody;
import io.github.liaisonproject.rules.vocabulary.OriginalStatement;
import io.github.liaisonproject.rules.vocabulary.ResponseStatement;
import io.github.liaisonproject.rules.vocabulary.RoleHolder;
import io.github.liaisonproject.rules.vocabulary.Statement;
import io.github.liaisonproject.rules.vocabulary.ToBody;

import io.github.liaisonproject.model.Attachment;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.BodyKind;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.DocumentReference;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts inserted beside the {@link Statement} of one assessment: its parts as plain facts and
 * what the directory says about them. Lookups only: which of them matter, and how, is for the
 * rules to say.
 */
public final class StatementFacts {
  private StatementFacts() {}

  /** Every fact of the statement's parts, in a fixed order, each once. */
  public static List<Object> of(Statement st) {
    LiaisonStatement model = st.getModel();
    Directory directory = st.getDirectory();
    List<Object> facts = new ArrayList<>(16);
    List<Body> from = distinct(model.getFrom());
    for (int i = 0; i < from.size(); i++) {
      Body b = from.get(i);
      facts.add(new FromBody(i, b, areaOf(directory, b), listOf(directory, b), known(directory, b)));
    }
    List<Body> to = distinct(model.getTo());
    for (int i = 0; i < to.size(); i++) {
      Body b = to.get(i);
      facts.add(new ToBody(i, b, areaOf(directory, b), listOf(directory, b), known(directory, b)));
    }
    List<String> fromContacts = model.getFromContacts();
    for (int i = 0; i < fromContacts.size(); i++) {
      facts.add(new Contact(true, i, fromContacts.get(i)));
    }
    List<String> toContacts = model.getToContacts();
    for (int i = 0; i < toContacts.size(); i++) {
      facts.add(new Contact(false, i, toContacts.get(i)));
    }
    List<LiaisonStatement> originals = st.getOriginals();
    for (int i = 0; i < originals.size(); i++) {
      facts.add(new OriginalStatement(i, originals.get(i)));
    }
    List<DocumentReference> documents = st.getDocuments();
    for (int i = 0; i < documents.size(); i++) {
      facts.add(new DocumentFact(i, documents.get(i)));
    }
    List<Attachment> attachments = model.getAttachments();
    for (int i = 0; i < attachments.size(); i++) {
      facts.add(new AttachmentFact(i, attachments.get(i)));
    }
    List<LiaisonRelationship> relationships = st.getCounterpartRelationships();
    for (int i = 0; i < relationships.size(); i++) {
      facts.add(new CounterpartRelationshipFact(i, relationships.get(i)));
    }
    facts.addAll(NamedDocuments.in(java.util.Arrays.asList(model.getSubject().orElse(null), model.getBody().orElse(null)),
        documents));
    roleHolders(directory, from, facts);
    // Added for the To side, the correct groups and the responses (the rules decide what they mean).
    List<Body> correct = distinct(model.getCorrectGroups());
    for (int i = 0; i < correct.size(); i++) {
      Body b = correct.get(i);
      facts.add(new CorrectGroup(i, b, areaOf(directory, b), listOf(directory, b), known(directory, b)));
    }
    int index = 0;
    for (Object f : facts) {
      index += f instanceof RoleHolder ? 1 : 0;
    }
    index = ownRoleHolders(directory, to, RoleHolder.Side.ADDRESSED, index, facts);
    ownRoleHolders(directory, correct, RoleHolder.Side.CORRECT_GROUP, index, facts);
    List<LiaisonStatement> responses = st.getResponses();
    for (int i = 0; i < responses.size(); i++) {
      facts.add(new ResponseStatement(i, responses.get(i)));
    }
    return facts;
  }

  /**
   * The holders of each body's own roles (its chairs, an area's ADs, the Chair of the IETF or IESG,
   * the IAB or the IRTF), in the bodies' order, each (role, group, address) once per side, indexed
   * from {@code first}; returns the next index.
   */
  private static int ownRoleHolders(Directory directory, List<Body> bodies, RoleHolder.Side side, int first,
      List<Object> facts) {
    List<RoleHolder> holders = new ArrayList<>();
    for (Body b : bodies) {
      List<Person> people = new ArrayList<>(2);
      Role role = null;
      String group = b.getKey();
      switch (b.getKind()) {
        case WORKING_GROUP -> {
          role = Role.WORKING_GROUP_CHAIR;
          directory.workingGroup(b.getKey()).ifPresent(g -> people.addAll(g.getChairs()));
        }
        case RESEARCH_GROUP -> {
          role = Role.RESEARCH_GROUP_CHAIR;
          directory.researchGroup(b.getKey()).ifPresent(g -> people.addAll(g.getChairs()));
        }
        case AREA -> {
          role = Role.AREA_DIRECTOR;
          people.addAll(directory.directorsOf(b.getKey()));
        }
        case IETF, IESG -> {
          role = Role.IETF_CHAIR;
          group = "";
          directory.getIetfChair().ifPresent(people::add);
        }
        case IAB -> {
          role = Role.IAB_CHAIR;
          group = "";
          directory.getIabChair().ifPresent(people::add);
        }
        case IRTF -> {
          role = Role.IRTF_CHAIR;
          group = "";
          directory.getIrtfChair().ifPresent(people::add);
        }
        default -> { }
      }
      for (Person p : people) {
        boolean seen = false;
        for (RoleHolder h : holders) {
          seen |= h.getRole() == role && h.getGroup().equals(group) && Addresses.same(h.getAddress(), p.getAddress());
        }
        if (!seen) {
          holders.add(new RoleHolder(first + holders.size(), role, group, p.getName(), p.getAddress(), side));
        }
      }
    }
    facts.addAll(holders);
    return first + holders.size();
  }

  /** The role holders of the From groups, in the bodies' order, each (role, group, address) once. */
  private static void roleHolders(Directory directory, List<Body> from, List<Object> facts) {
    List<RoleHolder> holders = new ArrayList<>();
    for (Body b : from) {
      switch (b.getKind()) {
        case WORKING_GROUP -> {
          directory.workingGroup(b.getKey()).ifPresent(g -> g.getChairs().forEach(p ->
              add(holders, Role.WORKING_GROUP_CHAIR, b.getKey(), p)));
          String area = areaOf(directory, b);
          if (area != null) {
            directory.directorsOf(area).forEach(p -> add(holders, Role.AREA_DIRECTOR, area, p));
          }
        }
        case RESEARCH_GROUP -> directory.researchGroup(b.getKey()).ifPresent(g -> g.getChairs().forEach(p ->
            add(holders, Role.RESEARCH_GROUP_CHAIR, b.getKey(), p)));
        case AREA -> directory.directorsOf(b.getKey()).forEach(p -> add(holders, Role.AREA_DIRECTOR, b.getKey(), p));
        case IETF, IESG -> directory.getIetfChair().ifPresent(p -> add(holders, Role.IETF_CHAIR, "", p));
        case IAB -> directory.getIabChair().ifPresent(p -> add(holders, Role.IAB_CHAIR, "", p));
        case IRTF -> directory.getIrtfChair().ifPresent(p -> add(holders, Role.IRTF_CHAIR, "", p));
        default -> { }
      }
    }
    facts.addAll(holders);
  }

  private static void add(List<RoleHolder> holders, Role role, String group, Person p) {
    for (RoleHolder h : holders) {
      if (h.getRole() == role && h.getGroup().equals(group) && Addresses.same(h.getAddress(), p.getAddress())) {
        return;
      }
    }
    holders.add(new RoleHolder(holders.size(), role, group, p.getName(), p.getAddress()));
  }

  /** The bodies without repeats (same kind and key), first occurrence kept, nulls dropped. */
  private static List<Body> distinct(List<Body> bodies) {
    List<Body> out = new ArrayList<>(bodies.size());
    for (Body b : bodies) {
      if (b == null) {
        continue;
      }
      boolean seen = false;
      for (Body o : out) {
        seen |= o.getKind() == b.getKind() && o.getKey().equals(b.getKey());
      }
      if (!seen) {
        out.add(b);
      }
    }
    return out;
  }

  /** The area (lower case) of a WG the directory knows, or an area's own acronym; else null. */
  private static String areaOf(Directory directory, Body b) {
    if (b.getKind() == BodyKind.AREA) {
      return b.getKey();
    }
    if (b.getKind() == BodyKind.WORKING_GROUP) {
      return directory.workingGroup(b.getKey()).map(WorkingGroup::getArea)
          .map(a -> a.trim().toLowerCase(Locale.ROOT)).orElse(null);
    }
    return null;
  }

  private static String listOf(Directory directory, Body b) {
    if (b.getKind() == BodyKind.WORKING_GROUP) {
      return directory.workingGroup(b.getKey()).flatMap(WorkingGroup::getListAddress).orElse(null);
    }
    if (b.getKind() == BodyKind.RESEARCH_GROUP) {
      return directory.researchGroup(b.getKey()).flatMap(g -> g.getListAddress()).orElse(null);
    }
    return null;
  }

  private static boolean known(Directory directory, Body b) {
    switch (b.getKind()) {
      case WORKING_GROUP: return directory.workingGroup(b.getKey()).isPresent();
      case RESEARCH_GROUP: return directory.researchGroup(b.getKey()).isPresent();
      case AREA: return directory.area(b.getKey()).isPresent();
      default: return true;
    }
  }
}

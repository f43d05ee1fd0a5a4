package io.github.liaisonproject.rules.engine;

import io.github.liaisonproject.rules.vocabulary.AttachmentFact;
import io.github.liaisonproject.rules.vocabulary.Addresses;
import io.github.liaisonproject.rules.vocabulary.Contact;
import io.github.liaisonproject.rules.vocabulary.CounterpartRelationshipFact;
import io.github.liaisonproject.rules.vocabulary.DocumentFact;
import io.github.liaisonproject.rules.vocabulary.FromBody;
import io.github.liaisonproject.rules.vocabulary.OriginalStatement;
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
    roleHolders(directory, from, facts);
    return facts;
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

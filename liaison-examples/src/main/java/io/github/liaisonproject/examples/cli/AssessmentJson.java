package io.github.liaisonproject.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.rules.ApprovalRequirement;
import io.github.liaisonproject.rules.Approver;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.Finding;
import io.github.liaisonproject.rules.Obligation;
import io.github.liaisonproject.rules.Proposal;
import io.github.liaisonproject.rules.RuleFailure;
import io.github.liaisonproject.rules.TransmissionVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment as plain JSON data: {@code file}, {@code id}, {@code readyToSend}, {@code findings},
 * {@code approval}, {@code delivery}, {@code transmission}, {@code obligations}, {@code proposals}.
 * Built from maps and lists so that the shape is written down in one place.
 */
public final class AssessmentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AssessmentJson() {}

  /** The object for one statement's assessment. */
  public static Map<String, Object> of(String file, Assessment a) {
    LiaisonStatement s = a.statement();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("id", s.getId().orElse(null));
    m.put("subject", s.getSubject().orElse(null));
    m.put("direction", s.getDirection().name());
    m.put("purpose", s.getPurpose().map(Object::toString).orElse(null));
    m.put("stage", s.getStage().name());
    m.put("asOf", a.asOf().toString());
    m.put("readyToSend", a.readyToSend());
    m.put("complete", a.complete());
    m.put("findings", findings(a.findings()));
    m.put("approval", approval(a));
    Map<String, Object> delivery = new LinkedHashMap<>();
    delivery.put("to", a.delivery().toAddresses());
    delivery.put("cc", a.delivery().ccAddresses());
    delivery.put("replyTo", a.delivery().replyToAddresses());
    m.put("delivery", delivery);
    List<Object> transmission = new ArrayList<>();
    for (TransmissionVerdict v : a.transmission()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("document", v.document().getName());
      t.put("kind", v.document().getKind().name());
      t.put("status", v.document().getStatus().map(Enum::name).orElse(null));
      t.put("eligibility", v.eligibility().name());
      t.put("findings", findings(v.findings()));
      transmission.add(t);
    }
    m.put("transmission", transmission);
    List<Object> obligations = new ArrayList<>();
    for (Obligation o : a.obligations()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ruleId", o.ruleId());
      x.put("section", o.section());
      Map<String, Object> who = new LinkedHashMap<>();
      who.put("role", o.who().role());
      who.put("addresses", o.who().addresses());
      x.put("who", who);
      x.put("what", o.what());
      x.put("dueBy", o.dueBy().toString());
      x.put("discharged", o.discharged());
      obligations.add(x);
    }
    m.put("obligations", obligations);
    List<Object> proposals = new ArrayList<>();
    for (Proposal p : a.proposals()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ruleId", p.citation().ruleId());
      x.put("field", p.field());
      x.put("value", p.value());
      x.put("reason", p.reason());
      proposals.add(x);
    }
    m.put("proposals", proposals);
    List<Object> failures = new ArrayList<>();
    for (RuleFailure f : a.failures()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ruleId", f.ruleId());
      x.put("source", f.source());
      x.put("error", f.error());
      failures.add(x);
    }
    m.put("failures", failures);
    return m;
  }

  static List<Object> findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ruleId", f.ruleId());
      x.put("severity", f.severity().name());
      x.put("section", f.section());
      x.put("message", f.message());
      x.put("source", f.source());
      out.add(x);
    }
    return out;
  }

  private static Map<String, Object> approval(Assessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (ApprovalRequirement r : a.approval().required()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("forWhom", r.forWhom());
      x.put("approvers", approvers(r.approvers()));
      x.put("approvedBy", r.approvedBy().map(AssessmentJson::approver).orElse(null));
      x.put("satisfied", r.satisfied());
      x.put("givenBy", r.givenBy().map(c -> c.ruleId()).orElse(null));
      x.put("ruleId", r.citation().ruleId());
      required.add(x);
    }
    m.put("required", required);
    m.put("present", approvers(a.approval().present()));
    m.put("satisfied", a.approval().satisfied());
    return m;
  }

  private static List<Object> approvers(List<Approver> approvers) {
    List<Object> out = new ArrayList<>();
    approvers.forEach(p -> out.add(approver(p)));
    return out;
  }

  private static Map<String, Object> approver(Approver p) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("name", p.name());
    x.put("address", p.address());
    x.put("role", p.role().name());
    x.put("group", p.group());
    return x;
  }

  /** Indented JSON text, ending with a newline. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

package io.github.liaisonproject.examples;

import io.github.liaisonproject.model.Area;
import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonRelationship;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Person;
import io.github.liaisonproject.model.Purpose;
import io.github.liaisonproject.model.WorkingGroup;
import io.github.liaisonproject.rules.Assessment;
import io.github.liaisonproject.rules.LiaisonRules;
import java.time.LocalDate;

/** Builds a directory in Java (one area, one WG, one relationship) and assesses a statement against it. */
public final class CustomDirectory {
  private CustomDirectory() {}

  public static void main(String[] args) {
    Directory directory = Directory.builder()
        .addAreas(Area.builder().acronym("int").name("Internet")
            .addDirectors(Person.of("Ada Internet", "ada.ad@example.org")).build())
        .addWorkingGroups(WorkingGroup.builder().acronym("6man").area("int").listAddress("ipv6@ietf.org")
            .addChairs(Person.of("Ben Sixer", "ben.chair@example.org")).build())
        .addRelationships(LiaisonRelationship.builder().organization("IEEE").alias("ieee-liaison@iab.org")
            .addManagers(Person.of("Eve Bridge", "eve.manager@example.org")).build())
        .build();
    System.out.println("area of 6man: " + directory.areaOf("6man").map(Area::getAcronym).orElse("?"));
    System.out.println("ADs of int: " + directory.directorsOf("int"));
    System.out.println("roles of ben.chair@example.org: " + directory.rolesOf("ben.chair@example.org"));
    LiaisonStatement statement = LiaisonStatement.builder()
        .addFrom(Body.workingGroup("6man"))
        .addFromContacts("ben.chair@example.org")
        .addTo(Body.organization("IEEE"))
        .addToContacts("802-chair@example.com")
        .purpose(Purpose.FOR_INFORMATION)
        .subject("IPv6 over 802.15.4 updates")
        .body("The 6MAN WG informs IEEE 802 of RFC 9999.")
        .build();
    Assessment a = LiaisonRules.standard().assess(statement, directory, LocalDate.of(2026, 6, 1));
    System.out.println("ready to send: " + a.readyToSend());
    System.out.println("findings: " + a.findings().size());
  }
}

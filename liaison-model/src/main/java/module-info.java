/**
 * The immutable model of liaison statements and the directory of IETF roles, their validation and
 * their JSON/YAML files.
 *
 * <p>Open: Jackson reads and writes the model, and Hibernate Validator and the rule engine read
 * it, by reflection.
 */
open module io.github.liaisonproject.model {
  requires static org.immutables.value.annotations; // compile time only: the generated code needs no run time
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires transitive jakarta.validation; // the constraint annotations on the model are API
  requires org.hibernate.validator;
  requires java.logging; // to quiet Hibernate Validator's start-up line (StatementValidator)

  exports io.github.liaisonproject.model;
  exports io.github.liaisonproject.model.io;
  exports io.github.liaisonproject.model.samples;
  exports io.github.liaisonproject.model.validation;
}

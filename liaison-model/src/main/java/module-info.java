/**
 * The immutable model of liaison statements and the directory of IETF roles, their validation and
 * their JSON/YAML files.
 *
 * <p>Open: Jackson reads and writes the model, and Hibernate Validator and the rule engine read
 * it, by reflection.
 */
open module io.github.liaisonproject.model {
  // The exported model types carry Immutables' class-retention annotations: modules compiling
  // against the model need them, or javac warns once per class (annotations only, no code).
  requires transitive org.immutables.value.annotations;
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

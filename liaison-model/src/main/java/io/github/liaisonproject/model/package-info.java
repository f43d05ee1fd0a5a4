/**
 * The vocabulary of draft-iab-rfc4053bis: liaison statements, the bodies that send and receive
 * them, their contacts, purpose, documents, consensus declaration and approvals, and the
 * directory of IETF roles. Every type is immutable; build one with its {@code builder()}.
 *
 * <p>Validation ({@link io.github.liaisonproject.model.validation.StatementValidator}) and JSON/YAML
 * reading and writing ({@link io.github.liaisonproject.model.io.LiaisonFiles}) live in sub-packages.
 */
@LiaisonStyle
package io.github.liaisonproject.model;

/**
 * The vocabulary of the rule files: the facts rules match ({@link
 * io.github.liaisonproject.rules.vocabulary.Statement}, {@link
 * io.github.liaisonproject.rules.vocabulary.ApprovalNeed}, the model's documents and bodies, and the
 * parts of the statement inserted once per assessment: {@link
 * io.github.liaisonproject.rules.vocabulary.DocumentFact}, {@code
 * io.github.liaisonproject.rules.vocabulary.ApprovalUnitFact}, {@code
 * io.github.liaisonproject.rules.vocabulary.UnreadableAttachmentFact}, {@link
 * io.github.liaisonproject.rules.vocabulary.CounterpartRelationshipFact}, {@code
 * io.github.liaisonproject.rules.vocabulary.MissingLiaisonContactFact}, {@code
 * io.github.liaisonproject.rules.vocabulary.MissingFromContactFact}; {@code from $s.documents} and
 * the like still work, at the cost of fact handles made by every rule that uses them) and
 * the global {@code report} whose one-line calls turn a rule's metadata into findings, decisions and
 * obligations. Rule files may import from this package and the model's; Java callers use the
 * package {@code io.github.liaisonproject.rules} instead.
 */
package io.github.liaisonproject.rules.vocabulary;

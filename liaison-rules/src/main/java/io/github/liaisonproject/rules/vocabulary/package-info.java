/**
 * The vocabulary of the rule files: the facts rules match ({@link
 * io.github.liaisonproject.rules.vocabulary.Statement}, {@link
 * io.github.liaisonproject.rules.vocabulary.ApprovalNeed}, the model's documents and bodies) and
 * the global {@code report} whose one-line calls turn a rule's metadata into findings, decisions and
 * obligations. Rule files may import from this package and the model's; Java callers use the
 * package {@code io.github.liaisonproject.rules} instead.
 */
package io.github.liaisonproject.rules.vocabulary;

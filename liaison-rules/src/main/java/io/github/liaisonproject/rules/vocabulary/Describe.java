package io.github.liaisonproject.rules.vocabulary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line for policy authors about a fact type, a property, a lookup or a {@code report} call of
 * the rule vocabulary. {@link Vocabulary} lists what carries it; docs/vocabulary.md is generated
 * from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Describe {
  /** {@return the line, a sentence or a phrase ending with a full stop, as docs/vocabulary.md shows it} */
  String value();
}

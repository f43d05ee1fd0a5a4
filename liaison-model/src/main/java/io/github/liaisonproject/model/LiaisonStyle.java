package io.github.liaisonproject.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model. Accessors are {@code getX}/{@code isX} because Hibernate
 * Validator only sees constraints on such accessors, and Drools reads them as properties.
 * Builders and JSON both use the property names without the prefix ({@code from}, {@code sendTo}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE)
public @interface LiaisonStyle {}

/**
 * Where each networking value of a completed spec came from and what each field means:
 * {@link dev.podnet.insight.explain.Explainer#explain} returns an
 * {@link dev.podnet.insight.explain.Explanation} (each field's value, origin and kops' default at the
 * release); {@link dev.podnet.insight.explain.FieldDocs} holds the documentation of every field.
 */
// generated Immutable* classes: package-private, no Immutables annotation a consumer without Immutables would meet
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
package dev.podnet.insight.explain;

import org.immutables.value.Value;

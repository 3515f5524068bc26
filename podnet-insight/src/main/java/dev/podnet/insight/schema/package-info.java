/**
 * The JSON Schema of a Cluster document's networking part at one release:
 * {@link dev.podnet.insight.schema.SchemaGenerator#generate} returns a {@link dev.podnet.insight.schema.JsonSchema}.
 */
// generated Immutable* classes: package-private, no Immutables annotation a consumer without Immutables would meet
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
package dev.podnet.insight.schema;

import org.immutables.value.Value;

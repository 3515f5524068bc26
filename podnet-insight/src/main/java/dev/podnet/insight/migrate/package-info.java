/**
 * Migration plans: how to switch a cluster from one networking provider to another at one kops
 * release — {@link dev.podnet.insight.migrate.Migration#plan} returns a
 * {@link dev.podnet.insight.migrate.MigrationPlan} (the new spec and manifest, the old provider's
 * objects that nothing in kops' new bootstrap channel lists or prunes, ordered steps and risks), or a
 * refusal with the reason.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        get = {"is*", "get*", "*"},
        allowedClasspathAnnotations = {Override.class})
package dev.podnet.insight.migrate;

import org.immutables.value.Value;

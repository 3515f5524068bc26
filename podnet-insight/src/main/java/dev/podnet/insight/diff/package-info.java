/**
 * Upgrade preview: what changes for one spec between two kops releases —
 * {@link dev.podnet.insight.diff.UpgradePreview#of} returns an
 * {@link dev.podnet.insight.diff.UpgradeDiff} (changed defaults, findings that appear or go, the
 * manifests object by object with image bumps first, the node configuration, and whether kops
 * would roll the nodes), printable as text or JSON.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        get = {"is*", "get*", "*"},
        allowedClasspathAnnotations = {Override.class})
package dev.podnet.insight.diff;

import org.immutables.value.Value;

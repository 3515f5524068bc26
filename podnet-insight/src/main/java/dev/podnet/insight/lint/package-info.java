/**
 * Advisory lints beyond kops' own checks: {@link dev.podnet.insight.lint.Linter#lint} returns findings
 * of advisory severity, never errors; {@link dev.podnet.insight.lint.LintRule} describes each lint.
 */
// generated Immutable* classes: package-private, no Immutables annotation a consumer without Immutables would meet
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
package dev.podnet.insight.lint;

import org.immutables.value.Value;

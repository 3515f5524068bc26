/** Findings of validation and reading, with kops' field paths and error types. */
@PodnetStyle
package dev.podnet.api.diag;

import dev.podnet.api.internal.PodnetStyle;

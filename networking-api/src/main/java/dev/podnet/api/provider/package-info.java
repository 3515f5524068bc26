/**
 * One immutable value type per networking provider kops has offered, with every field kops ever
 * had for it. Fields the model does not know are kept in {@code extraFields()} so that nothing
 * is lost on a round trip.
 */
@PodnetStyle
package dev.podnet.api.provider;

import dev.podnet.api.internal.PodnetStyle;

/**
 * Service-provider interfaces: {@link dev.podnet.api.spi.NetworkingEngine} (the rules) and
 * {@link dev.podnet.api.spi.ProviderPlugin} (one provider's lifecycle, names, defaults and
 * validation rules, one registration per provider), found through {@link java.util.ServiceLoader}
 * so that a user can add a provider without forking.
 */
package dev.podnet.api.spi;

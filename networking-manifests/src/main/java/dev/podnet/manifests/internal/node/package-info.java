/**
 * The node-level configuration kops' nodeup sets up for a provider (kubelet and
 * kube-controller-manager flags, sysctls, CNI binaries, files, cloud permissions), by release:
 * the shared building block of every provider's
 * {@link dev.podnet.manifests.ProviderRenderer#nodeConfig}. Not API.
 */
package dev.podnet.manifests.internal.node;

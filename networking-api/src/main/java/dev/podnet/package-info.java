/**
 * The entry point: {@link dev.podnet.Podnet}, one kops release's networking (complete, validate,
 * render, create, providers). The model is in {@link dev.podnet.api}, the YAML codec in
 * {@link dev.podnet.api.yaml}.
 */
package dev.podnet;

package dev.podnet.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case of kops' own test suites (or of the oracle: specs of ours that kops rendered).
 *
 * @param source           {@code update_cluster}, {@code create_cluster}, {@code bootstrapchannelbuilder} or {@code oracle}
 * @param kopsTag          the release the outputs come from ({@code v1.30.0}, {@code master})
 * @param name             the test folder name
 * @param provider         the provider the spec selects
 * @param kubernetesVersion from the spec
 * @param cloud            from the spec
 * @param networkingOption create_cluster: the {@code --networking} value
 * @param input            resource path of the input spec (or options.yaml)
 * @param completedSpec    resource path of the completed spec
 * @param expected         create_cluster: resource path of the generated documents
 * @param bootstrapChannel resource path of the bootstrap channel
 * @param manifests        {@code addon-key/template-id} → resource path of the rendered manifest
 * @param extraInputs      other inputs by file name
 * @param channelNetworking the networking entries of the bootstrap channel
 * @param raw              the whole index entry
 */
public record CorpusCase(String source, String kopsTag, String name, String provider, String kubernetesVersion,
        String cloud, String networkingOption, String input, String completedSpec, String expected,
        String bootstrapChannel, Map<String, String> manifests, Map<String, String> extraInputs,
        List<Map<String, Object>> channelNetworking, Map<String, Object> raw) {

    /** The kops release as podnet parses it: {@code v1.30.0} → {@code 1.30.0}, {@code master} → the 1.37 line. */
    public String kopsRelease() {
        if (kopsTag.equals("master")) return "1.37.0-alpha.1";
        return kopsTag.startsWith("v") ? kopsTag.substring(1) : kopsTag;
    }

    public Optional<String> completedSpecPath() { return Optional.ofNullable(completedSpec); }

    /** A readable id for test names: {@code v1.30.0/privatecalico}. */
    public String id() { return kopsTag + "/" + name; }

    @Override
    public String toString() { return id(); }
}

package dev.podnet.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.Podnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.RenderOptions;
import dev.podnet.api.render.RenderedAddon;

/**
 * Every call of the generated-spec conformance tests into podnet, in one place, so that a change of
 * podnet's facades (the rendering facade is being reworked) is one edit here.
 */
final class PodnetAdapter {
    private static final Map<String, Podnet> PODNETS = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The AWS account kops-oracle's mock cloud answers kops' caller-identity question with: what kops names in the role
     * ARNs of service accounts (kube-router's from kops 1.24 with spec.iam.useServiceAccountExternalPermissions).
     */
    static final AwsAccount ORACLE_ACCOUNT = AwsAccount.of("123456789012", "aws-test");
    private static final RenderOptions ORACLE_OPTIONS = RenderOptions.builder().awsAccount(ORACLE_ACCOUNT).build();

    private PodnetAdapter() {
    }

    /** A field error as kops prints it: path and type label ({@code Forbidden}, {@code Unsupported value}, ...). */
    record FieldError(String path, String type) {
        @Override
        public String toString() {
            return path + ": " + type;
        }
    }

    /** podnet's verdict: the errors found (empty = accepted), the completed cluster when accepted, and a message. */
    record Verdict(List<FieldError> errors, String message, Completion completion) {
        boolean accepted() {
            return completion != null;
        }

        Cluster completed() {
            return completion == null ? null : completion.cluster();
        }
    }

    static KopsVersion release(String tag) {
        return KopsVersion.of(tag.replaceFirst("^v", ""));
    }

    static Cluster read(String yaml) {
        return ClusterYaml.read(yaml);
    }

    static Map<String, Object> toMap(Cluster c) {
        return ClusterYaml.toMap(c);
    }

    /** As kops: validate the input leniently, complete it, validate the completed spec strictly. */
    static Verdict judge(String release, String input) {
        Podnet podnet = podnet(release);
        Cluster in;
        try {
            in = podnet.read(input); // as this release's kops decodes it
        } catch (RuntimeException e) {
            return new Verdict(List.of(), "read: " + e.getMessage(), null);
        }
        try {
            List<Diagnostic> lenient = podnet.validate(in, ValidationMode.LENIENT).errors();
            if (!lenient.isEmpty()) return new Verdict(errors(lenient), "lenient: " + lines(lenient), null);
            Completion completed = podnet.complete(in);
            List<Diagnostic> strict = podnet.validate(completed).errors();
            if (!strict.isEmpty()) return new Verdict(errors(strict), "strict: " + lines(strict), null);
            return new Verdict(List.of(), "", completed);
        } catch (RuntimeException e) {
            return new Verdict(List.of(), "exception: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private static Podnet podnet(String release) {
        return PODNETS.computeIfAbsent(release, r -> Podnet.forRelease(release(r)));
    }

    /** podnet's networking addons for a completion: {@code addonKey/templateId} → manifestHash. */
    static Map<String, String> manifestHashes(String release, Completion completed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RenderedAddon a : podnet(release).render(completed, ORACLE_OPTIONS).addons()) {
            out.put(a.addonKey() + "/" + a.templateId(), a.manifestHash());
        }
        return out;
    }

    private static List<FieldError> errors(List<Diagnostic> ds) {
        List<FieldError> out = new ArrayList<>();
        for (Diagnostic d : ds) out.add(new FieldError(d.path(), d.type().toString()));
        return out;
    }

    private static String lines(List<Diagnostic> ds) {
        return String.join("; ", ds.stream().map(Diagnostic::line).toList());
    }
}

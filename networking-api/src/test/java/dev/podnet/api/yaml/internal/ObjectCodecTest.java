package dev.podnet.api.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.KubeDns;
import dev.podnet.api.provider.ProviderKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Each codec case pairs a field's name with its own getter and setter, and a codec refuses a malformed switch. */
class ObjectCodecTest {

    private static final ReadLimits LIMITS = new ReadLimits(20, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024);

    /**
     * A field alone in a mapping reads without a problem and writes back under its own name with the value read: a
     * case whose getter or setter belonged to another field would write nothing, or under another name.
     */
    @Test
    void everyFieldOfEveryCodecWritesBackWhatItRead() {
        Map<String, ObjectCodec<?, ?>> codecs = new LinkedHashMap<>(ClusterCodec.networkingCodecs());
        codecs.put("etcdClusters[0]", ClusterPartCodecs.ETCD);
        for (ProviderKind kind : ProviderKind.values()) codecs.put(kind.key(), ProviderCodecs.codec(kind).orElseThrow());
        int checked = 0;
        for (Map.Entry<String, ObjectCodec<?, ?>> c : codecs.entrySet()) checked += roundTrips(c.getKey(), c.getValue());
        // every case of the codec classes, nested codecs (subnets, hubble, env, ...) included
        assertThat(checked).isGreaterThanOrEqualTo(235);
    }

    private static int roundTrips(String at, ObjectCodec<?, ?> codec) {
        int checked = 0;
        for (Map.Entry<String, String> f : codec.fieldKinds().entrySet()) {
            roundTrip(at, codec, f.getKey(), sample(f.getValue()));
            checked++;
            ObjectCodec<?, ?> nested = codec.nested(f.getKey()).orElse(null);
            if (nested != null) checked += roundTrips(ObjectCodec.join(at, f.getKey()), nested);
        }
        return checked;
    }

    private static <T> void roundTrip(String at, ObjectCodec<T, ?> codec, String name, String value) {
        Node node = YamlLoader.compose(name + ": " + value + "\n", LIMITS).get(0);
        ReadContext ctx = new ReadContext();
        T read = codec.read(node, at, ctx);
        assertThat(ctx.problems()).as(at + "." + name).isEmpty();
        Map<String, Object> written = codec.write(read);
        assertThat(written.keySet()).as(at + "." + name).containsExactly(name);
        Object expected = ((Map<?, ?>) Nodes.toValue((MappingNode) node)).get(name);
        assertThat(String.valueOf(written.get(name))).as(at + "." + name).isEqualTo(String.valueOf(expected));
    }

    private static String sample(String kind) {
        return switch (kind) {
            case "string" -> "\"some text\"";
            case "quantity" -> "\"150m\"";
            case "int32", "int64" -> "7";
            case "boolean" -> "true";
            case "strings" -> "[\"a\", \"b\"]";
            case "stringMap" -> "{k: \"v\"}";
            case "object" -> "{}";
            case "objects" -> "[{}]";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void aNameDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> ObjectCodec.of(new DnsFields(2, 0))).isInstanceOf(IllegalStateException.class)
                .hasMessage("field declared twice: serverIP");
    }

    @Test
    void aCaseWithoutAFieldIsRefused() {
        assertThatThrownBy(() -> ObjectCodec.of(new DnsFields(1, 1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("case 1 declares no field");
    }

    @Test
    void theCasesAreReadAndWrittenInOrder() {
        ObjectCodec<KubeDns, KubeDns.Builder> codec = ObjectCodec.of(new DnsFields(1, 0));
        assertThat(codec.fieldKinds()).containsExactly(Map.entry("serverIP", "string"));
        ReadContext ctx = new ReadContext();
        KubeDns dns = codec.read(YamlLoader.compose("later: 1\nserverIP: \"10.0.0.10\"\n", LIMITS).get(0), "", ctx);
        assertThat(dns.serverIP()).contains("10.0.0.10");
        assertThat(codec.write(dns)).containsExactly(Map.entry("serverIP", "10.0.0.10"), Map.entry("later", 1));
        List<String> unknown = new ArrayList<>();
        codec.unknownKeys(dns, "spec.kubeDNS", unknown);
        assertThat(unknown).containsExactly("spec.kubeDNS.later");
    }

    /** KubeDns' one field in {@code serverIPs} cases, then {@code empty} cases that declare nothing, then the end. */
    private static final class DnsFields extends ObjectCodec.Fields<KubeDns, KubeDns.Builder> {
        private final int serverIPs;
        private final int empty;

        DnsFields(int serverIPs, int empty) {
            this.serverIPs = serverIPs;
            this.empty = empty;
        }

        @Override
        KubeDns.Builder builder() { return KubeDns.builder(); }

        @Override
        KubeDns build(KubeDns.Builder b) { return b.build(); }

        @Override
        Map<String, Object> extras(KubeDns v) { return v.extraFields(); }

        @Override
        void extras(KubeDns.Builder b, Map<String, Object> extras) { b.extraFields(extras); }

        @Override
        void field(int i, ObjectCodec.Slot s, KubeDns v, KubeDns.Builder b) {
            if (i < serverIPs) {
                if (s.str("serverIP", v.serverIP())) b.serverIP(s.string());
            } else if (i >= serverIPs + empty) {
                s.end();
            }
        }
    }
}

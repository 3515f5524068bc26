package dev.podnet.api.yaml.internal;

import dev.podnet.api.internal.GoScalars;
import dev.podnet.api.internal.SafeScalars;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Plain scalars mean what they mean to kops, which reads a Cluster with go-yaml v2 (YAML 1.1 rules)
 * and then JSON: {@code yes}, {@code on}, {@code y} are true, {@code 017} is 15, {@code 0x10} 16,
 * {@code 1_000} 1000 (kops 1.33, checked with kops-oracle), not the YAML 1.2 strings or numbers
 * snakeyaml-engine would make of them. A timestamp stays a string, as podnet keeps it as written.
 */
final class GoYamlSchema implements Schema {
    static final GoYamlSchema INSTANCE = new GoYamlSchema();

    // implicit false asks what a quoted scalar means: always a string.
    private final ScalarResolver resolver = (value, implicit) -> Boolean.TRUE.equals(implicit) ? tag(value) : Tag.STR;

    private GoYamlSchema() {
    }

    static Tag tag(String plain) {
        return switch (GoScalars.resolvePlain(plain).kind()) {
            case NULL -> Tag.NULL;
            case BOOL -> Tag.BOOL;
            case INT -> Tag.INT;
            case FLOAT -> Tag.FLOAT;
            case STRING, TIMESTAMP -> Tag.STR;
        };
    }

    @Override
    public ScalarResolver getScalarResolver() { return resolver; }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() { return SafeScalars.jsonConstructors(); }
}

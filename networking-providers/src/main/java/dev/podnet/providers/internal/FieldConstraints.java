package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Layer 1: single-field constraints declared with jakarta.validation annotations on small internal
 * records built from the model, run by Hibernate Validator. Violations become findings whose path
 * is the kops path ({@code spec.networking.calico.typhaReplicas}), ordered as the record declares
 * its fields (so the output is stable), and only for the releases the constraint belongs to.
 * Thread-safe; building one costs a classpath scan, so the engine builds one and reuses it.
 */
public final class FieldConstraints {
    private final Validator validator;

    /** Builds Hibernate Validator once for this instance; share the instance across runs. */
    public FieldConstraints() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .ignoreXmlConfiguration() // no META-INF/validation.xml to look for: saves start-up time
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates {@code fields} and returns the findings rooted at {@code basePath}.
     *
     * @param rulePrefix the prefix of the rule ids ({@code calico} → {@code calico.typhaReplicas})
     */
    public List<Diagnostic> check(Object fields, String basePath, KopsVersion release, String rulePrefix) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(fields));
        List<String> order = new ArrayList<>();
        for (Field f : fields.getClass().getDeclaredFields()) order.add(f.getName());
        violations.sort(Comparator.comparingInt((ConstraintViolation<Object> v) -> order.indexOf(fieldOf(property(v))))
                .thenComparing(v -> property(v)));
        List<Diagnostic> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            String property = property(v);
            Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
            String releases = (String) attrs.getOrDefault("releases", sinceOf(fields, property));
            if (!VersionRange.parse(releases).contains(release)) continue;
            boolean oneOf = v.getConstraintDescriptor().getAnnotation() instanceof OneOf;
            Diagnostic.Builder b = Diagnostic.builder();
            String rule = (String) attrs.getOrDefault("rule", rulePrefix + "." + property);
            b.path(basePath + "." + property).rule(rule).releases(releases);
            Object value = v.getInvalidValue();
            String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
            if (oneOf) {
                List<String> allowed = List.of(((OneOf) v.getConstraintDescriptor().getAnnotation()).value());
                b.type(ErrorType.UNSUPPORTED).value(shown).allowedValues(allowed)
                        .hint("use one of " + String.join(", ", allowed));
            } else {
                b.type(ErrorType.INVALID).value(shown).detail(v.getMessage())
                        .hint((String) attrs.getOrDefault("hint", fixOf(fields, property)));
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * The kops path of a violation below the record: {@code podCIDR}, {@code additionalNetworkCIDRs[1]}
     * (a container element: Hibernate's {@code .<list element>} node is dropped).
     */
    private static String property(ConstraintViolation<Object> v) {
        return v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
    }

    private static String fieldOf(String property) {
        int cut = property.indexOf('[');
        return cut < 0 ? property : property.substring(0, cut);
    }

    private static String fixOf(Object fields, String property) {
        try {
            Fix f = fields.getClass().getDeclaredField(property).getAnnotation(Fix.class);
            return f == null ? "correct " + property : f.value();
        } catch (NoSuchFieldException e) {
            return "correct " + property;
        }
    }

    private static String sinceOf(Object fields, String property) {
        try {
            Since s = fields.getClass().getDeclaredField(property).getAnnotation(Since.class);
            return s == null ? "*" : s.value();
        } catch (NoSuchFieldException e) {
            return "*";
        }
    }
}

package dev.podnet.providers.internal;

import dev.podnet.api.internal.IpNetwork;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.version.KopsVersion;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Layer 1: single-field constraints declared with jakarta.validation annotations ({@link Cidr},
 * {@link OneOf}, {@link Min}, with {@link Fix} and {@link Gated}) on small internal records built from
 * the model. A small checker runs them: the constraints are all single-field, so a full Bean
 * Validation provider (its bootstrap cost 0.6–1.4 s per process and logged a line on stderr) is not
 * needed; the annotations stay standard constraints that such a provider runs with the same result
 * (the tests check it). The annotations are read from the record's class file
 * ({@link ConstraintReader}), the values through the record's accessors.
 * Violations become findings whose path is the kops path ({@code spec.networking.calico.typhaReplicas},
 * {@code additionalNetworkCIDRs[1]} for a list element), ordered as the record declares its
 * components (so the output is stable), and only for the releases the constraint belongs to: each
 * constraint names a row of the caller's rule-gate table ({@code gate} of {@link Cidr} and {@link OneOf},
 * the component's {@link Gated} for a standard constraint), which gates the check and gives the finding's
 * rule id and releases label, so the two cannot drift; a {@link OneOf}'s values are its gate's row of allowed
 * values ({@link RuleGates#allowedValues}). Thread-safe; the plan of each record class is
 * computed once per instance.
 */
public final class FieldConstraints {
    /** A constraint with its elements resolved (defaults included). */
    private sealed interface Rule permits CidrRule, OneOfRule, MinRule {}

    private record CidrRule(boolean strict, String hint, String message, boolean indexed, boolean emptyChecked) implements Rule {}

    /** The values are the gate's row of allowed values ({@link RuleGates#allowedValues}), read at check time. */
    private record OneOfRule(String message) implements Rule {}

    private record MinRule(long value, String message) implements Rule {}

    /** One constraint on one component (or on the elements of a list component) and the id of its gate row. */
    private record Check(Rule rule, boolean elements, String gate) {}

    /** What to check on one record component and how to read it. */
    private record Component(String name, MethodHandle accessor, List<Check> checks, String fix) {}

    /**
     * A failed constraint: where, on which component, which constraint and gate, the value, the detail and (for
     * {@link OneOf}) the values allowed.
     */
    private record Violation(String property, Component component, Rule rule, Gate gate, Object value, String detail,
                             List<String> allowed) {}

    private final ClassValue<List<Component>> plans = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return plan(type);
        }
    };

    /** A checker; cheap to build, share it across runs to reuse each record's plan. */
    public FieldConstraints() {
    }

    /**
     * Checks {@code fields} (a record whose components carry the constraints) and returns the
     * findings rooted at {@code basePath}.
     *
     * @param fields the record to check
     * @param basePath the kops path of the record ({@code spec.networking.calico})
     * @param release the release whose constraints apply
     * @param gates the rule-gate table holding the row each constraint of {@code fields} names; a row it
     *     lacks fails the check whether or not the field is set
     * @return the findings, in component order
     */
    public List<Diagnostic> check(Record fields, String basePath, KopsVersion release, RuleGates gates) {
        List<Violation> violations = null;
        List<Component> plan = plans.get(fields.getClass());
        for (Component c : plan) {
            Object value = read(c, fields);
            for (Check check : c.checks()) {
                Gate gate = gates.gate(check.gate()); // a row the table lacks fails even when the field is unset
                // likewise a @OneOf whose gate has no row of allowed values
                List<String> allowed = check.rule() instanceof OneOfRule ? gates.allowedValues(check.gate()) : List.of();
                if (value == null || !gate.holds(release)) continue;
                if (check.elements()) {
                    if (!(value instanceof Collection<?> list)) continue;
                    int index = 0;
                    for (Object element : list) {
                        String detail = violate(check.rule(), element, allowed);
                        if (detail != null) {
                            if (violations == null) violations = new ArrayList<>();
                            String property = check.rule() instanceof CidrRule r && !r.indexed() ? c.name() : c.name() + "[" + index + "]";
                            violations.add(new Violation(property, c, check.rule(), gate, element, detail, allowed));
                        }
                        index++;
                    }
                } else {
                    String detail = violate(check.rule(), value, allowed);
                    if (detail != null) {
                        if (violations == null) violations = new ArrayList<>();
                        violations.add(new Violation(c.name(), c, check.rule(), gate, value, detail, allowed));
                    }
                }
            }
        }
        return violations == null ? List.of() : findings(violations, plan, basePath);
    }

    private static List<Diagnostic> findings(List<Violation> violations, List<Component> plan, String basePath) {
        violations.sort(Comparator.comparingInt((Violation v) -> plan.indexOf(v.component())).thenComparing(Violation::property));
        List<Diagnostic> out = new ArrayList<>();
        for (Violation v : violations) {
            Diagnostic.Builder b = v.gate().tag(Diagnostic.builder().path(basePath + "." + v.property()));
            String shown = v.value() instanceof String s ? "\"" + s + "\"" : String.valueOf(v.value());
            if (v.rule() instanceof OneOfRule) {
                b.type(ErrorType.UNSUPPORTED).value(shown).allowedValues(v.allowed())
                        .hint("use one of " + String.join(", ", v.allowed()));
            } else {
                String hint = v.rule() instanceof CidrRule c ? c.hint() : v.component().fix();
                b.type(ErrorType.INVALID).value(shown).detail(v.detail()).hint(hint);
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * The detail if {@code value} breaks {@code rule} ({@code allowed}: the values a {@link OneOfRule} accepts);
     * null if it satisfies it (null and empty are unset; empty is a value to a {@link Cidr#emptyChecked()} one).
     */
    private static String violate(Rule rule, Object value, List<String> allowed) {
        if (value == null) return null;
        if (rule instanceof CidrRule cidr) {
            String v = String.valueOf(value);
            if (v.isEmpty() && !cidr.emptyChecked()) return null;
            if (!cidr.strict()) return IpNetwork.parse(v).isPresent() ? null : cidr.message();
            return Cidr.Check.strictDetail(v).orElse(null);
        }
        if (rule instanceof OneOfRule oneOf) {
            return allowed.contains(String.valueOf(value)) ? null : oneOf.message();
        }
        if (rule instanceof MinRule min && value instanceof Number n) {
            if (n.longValue() >= min.value()) return null;
            String message = min.message().startsWith("{jakarta.validation.") ? "must be greater than or equal to {value}" : min.message();
            return message.replace("${validatedValue}", String.valueOf(value)).replace("{value}", String.valueOf(min.value()));
        }
        return null;
    }

    private static Object read(Component c, Record fields) {
        try {
            return (Object) c.accessor().invokeExact(fields);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + c.name() + " of " + fields.getClass().getSimpleName(), e);
        }
    }

    /**
     * The constraints of each component of {@code type}, from the annotations of the component's
     * field (where jakarta.validation reads them) and, for a list, of its element type. The accessors
     * are read through a lookup of {@code type} itself: the records are podnet's own, in this module.
     */
    private static List<Component> plan(Class<?> type) {
        MethodHandles.Lookup lookup;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(type + " is not a record of this module", e);
        }
        Map<String, ConstraintReader.FieldAnnotations> annotations = ConstraintReader.read(type);
        List<Component> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            MethodHandle accessor;
            try {
                // adapted once to (Record)Object, so each read is an exact invocation
                accessor = lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Record.class));
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read " + rc.getName() + " of " + type, e);
            }
            ConstraintReader.FieldAnnotations field = annotations.getOrDefault(rc.getName(),
                    new ConstraintReader.FieldAnnotations(List.of(), List.of()));
            String gated = null;
            String fix = "correct " + rc.getName();
            for (ConstraintReader.Written w : field.declaration()) {
                if (w.type().equals(Gated.class.getName())) gated = (String) w.get("value", null);
                if (w.type().equals(Fix.class.getName())) fix = (String) w.get("value", fix);
            }
            List<Check> checks = new ArrayList<>(checks(field.declaration(), false, gated, type, rc));
            if (Collection.class.isAssignableFrom(rc.getType())) checks.addAll(checks(field.elementType(), true, gated, type, rc));
            out.add(new Component(rc.getName(), accessor, List.copyOf(checks), fix));
        }
        return List.copyOf(out);
    }

    /**
     * The constraints among {@code annotations} with their gate ids: repeated ones ({@link Cidr.List})
     * unpacked, defaults filled in, a standard constraint gated by the component's {@link Gated}.
     */
    private static List<Check> checks(List<ConstraintReader.Written> annotations, boolean elements, String gated,
                                      Class<?> type, RecordComponent rc) {
        List<Check> out = new ArrayList<>();
        for (ConstraintReader.Written a : annotations) {
            String name = a.type();
            if (name.equals(Cidr.List.class.getName())) {
                for (Object each : (List<?>) a.get("value", List.of())) {
                    out.addAll(checks(List.of((ConstraintReader.Written) each), elements, gated, type, rc));
                }
            } else if (name.equals(Cidr.class.getName())) {
                out.add(new Check(new CidrRule((Boolean) a.get("strict", defaultOf(Cidr.class, "strict")),
                        (String) a.get("hint", defaultOf(Cidr.class, "hint")), (String) a.get("message", defaultOf(Cidr.class, "message")),
                        (Boolean) a.get("indexed", defaultOf(Cidr.class, "indexed")),
                        (Boolean) a.get("emptyChecked", defaultOf(Cidr.class, "emptyChecked"))),
                        elements, (String) a.get("gate", null)));
            } else if (name.equals(OneOf.class.getName())) {
                out.add(new Check(new OneOfRule((String) a.get("message", defaultOf(OneOf.class, "message"))),
                        elements, (String) a.get("gate", null)));
            } else if (name.equals(Min.class.getName())) {
                if (gated == null) throw new IllegalArgumentException(type.getName() + "." + rc.getName() + ": @Min without @Gated");
                out.add(new Check(new MinRule((Long) a.get("value", 0L), (String) a.get("message", defaultOf(Min.class, "message"))),
                        elements, gated));
            }
        }
        return out;
    }

    /** The default of an annotation element (its class file's {@code AnnotationDefault}). */
    private static Object defaultOf(Class<? extends Annotation> type, String element) {
        try {
            return type.getMethod(element).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no element " + element, e);
        }
    }
}

package dev.podnet.providers.internal;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import java.util.List;

/** Factories for findings in kops' vocabulary; callers add the rule id, releases and hint. */
public final class Finding {
    /**
     * Rule ids ending so name a failure of kops' channel build (a template error), not of its validation:
     * the validator reports them only where no validation error is (kops builds only what it accepted).
     */
    public static final String BUILD_RULE_SUFFIX = ".build";

    private Finding() {}

    public static Diagnostic.Builder forbidden(String path, String detail) {
        return Diagnostic.builder().path(path).type(ErrorType.FORBIDDEN).detail(detail);
    }

    public static Diagnostic.Builder required(String path, String detail) {
        return Diagnostic.builder().path(path).type(ErrorType.REQUIRED).detail(detail);
    }

    /** Invalid with a string value (quoted as kops prints it). */
    public static Diagnostic.Builder invalid(String path, String value, String detail) {
        Diagnostic.Builder b = Diagnostic.builder();
        b.path(path).type(ErrorType.INVALID).detail(detail);
        if (value != null) b.quotedValue(value);
        return b;
    }

    /** Invalid with a number value (printed bare). */
    public static Diagnostic.Builder invalidNumber(String path, long value, String detail) {
        Diagnostic.Builder b = Diagnostic.builder();
        b.path(path).type(ErrorType.INVALID).value(Long.toString(value)).detail(detail);
        return b;
    }

    public static Diagnostic.Builder unsupported(String path, String value, List<String> allowed) {
        Diagnostic.Builder b = Diagnostic.builder();
        b.path(path).type(ErrorType.UNSUPPORTED).quotedValue(value).allowedValues(allowed);
        return b;
    }

    /** Not found, with kops' value (a message, quoted and escaped as Go's {@code %q} prints it). */
    public static Diagnostic.Builder notFound(String path, String value) {
        Diagnostic.Builder b = Diagnostic.builder();
        b.path(path).type(ErrorType.NOT_FOUND).value("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return b;
    }

    public static Diagnostic.Builder duplicate(String path, String value) {
        Diagnostic.Builder b = Diagnostic.builder();
        b.path(path).type(ErrorType.DUPLICATE).quotedValue(value);
        return b;
    }

    public static Diagnostic.Builder warning(String path, String detail) {
        return Diagnostic.builder().path(path).type(ErrorType.FORBIDDEN).detail(detail).severity(Severity.WARNING);
    }
}

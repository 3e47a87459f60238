package dev.relacja.documents.api;

/**
 * Rendering a document failed; the message, written for a person, names the template and, where
 * known, the line. {@link #reason()} tells callers (a REST edge, a mail route) what kind of failure
 * it was.
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** No provider offers a template of that name, or it is of the wrong kind for the call. */
        UNKNOWN_TEMPLATE,
        /** The template does not parse, or failed while running (a missing value, a refused built-in). */
        TEMPLATE_ERROR,
        /** The template produced XSL-FO that FOP refuses, or typesetting failed. */
        FO_ERROR,
        /** Rendering did not finish within the configured time limit. */
        TIMEOUT,
        /** Too many documents are being rendered at once; trying again later may work. */
        BUSY
    }

    private final Reason reason;
    private final String templateName;
    private final int line;

    /**
     * @param line the line in the template (or in the generated XSL-FO for {@link Reason#FO_ERROR}),
     *        0 when unknown
     */
    public RenderingException(Reason reason, String templateName, int line, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.templateName = templateName;
        this.line = line;
    }

    public RenderingException(Reason reason, String templateName, String message) {
        this(reason, templateName, 0, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The template that was asked for. */
    public String templateName() {
        return templateName;
    }

    /** The line the failure points at, 0 when unknown. */
    public int line() {
        return line;
    }
}

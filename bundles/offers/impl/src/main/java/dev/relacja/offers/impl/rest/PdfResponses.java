package dev.relacja.offers.impl.rest;

import dev.relacja.documents.api.RenderingException;
import java.util.function.Supplier;
import javax.ws.rs.InternalServerErrorException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Printouts as answers: a PDF shown inline under a file name, and rendering failures that say what to do. */
final class PdfResponses {
    static final String PDF = "application/pdf";
    private static final Logger LOG = LoggerFactory.getLogger(PdfResponses.class);

    private PdfResponses() {
    }

    /**
     * A busy or slow renderer is 503, worth trying again; a template no provider offers is a 500 that names it
     * (a broken template stays an incident in the log).
     */
    static Response inline(String fileName, Supplier<byte[]> print) {
        byte[] pdf;
        try {
            pdf = print.get();
        } catch (RenderingException e) {
            switch (e.reason()) {
                case TIMEOUT, BUSY -> throw new ServiceUnavailableException(e.getMessage(), 10L);
                case UNKNOWN_TEMPLATE -> {
                    LOG.warn(e.getMessage());
                    throw new InternalServerErrorException(e.getMessage());
                }
                default -> throw e;
            }
        }
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }
}

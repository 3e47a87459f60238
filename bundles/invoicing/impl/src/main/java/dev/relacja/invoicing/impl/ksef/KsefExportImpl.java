package dev.relacja.invoicing.impl.ksef;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.KsefBatch;
import dev.relacja.invoicing.api.KsefExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * The FA(3) export: reads the invoice through the invoice service (which checks the caller's role), refuses
 * what is not an issued sales invoice, writes the XML and validates it against the bundled schema before
 * handing it out.
 */
@Component(configurationPid = KsefExportImpl.PID)
@Designate(ocd = KsefExportImpl.Config.class)
public class KsefExportImpl implements KsefExport {
    static final String PID = "dev.relacja.invoicing.ksef";
    private static final Logger LOG = LoggerFactory.getLogger(KsefExportImpl.class);

    @ObjectClassDefinition(name = "Relacja KSeF FA(3) export")
    public @interface Config {
        @AttributeDefinition(description = "The provision under which the company's VAT-exempt (zw) sales are exempt, "
                + "written into FA(3) as P_19A, e.g. 'art. 113 ust. 1 ustawy o VAT' or 'art. 43 ust. 1 pkt 18 ustawy "
                + "o VAT'. While empty, invoices with zw lines are not exported")
        String exemptionBasis() default "";

        @AttributeDefinition(description = "Whether the company settles VAT by the cash method (metoda kasowa, FA(3) P_16)")
        boolean cashMethod() default false;
    }

    private final InvoiceService invoices;
    private final Fa3Schema schema;
    private final Fa3Settings settings;
    private final Clock clock;

    @Activate
    public KsefExportImpl(@Reference InvoiceService invoices, Config config) {
        this(invoices, new Fa3Schema(), new Fa3Settings(config.cashMethod(), config.exemptionBasis()), Clock.systemUTC());
    }

    /** An exporter outside OSGi, e.g. in tests, with its own clock for DataWytworzeniaFa. */
    KsefExportImpl(InvoiceService invoices, Fa3Schema schema, Fa3Settings settings, Clock clock) {
        this.invoices = invoices;
        this.schema = schema;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public byte[] fa3(long invoiceId) {
        return export(invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId)));
    }

    @Override
    public KsefBatch fa3Zip(List<Long> invoiceIds, OutputStream out) {
        List<String> exported = new ArrayList<>();
        List<KsefBatch.Skipped> skipped = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            for (long id : new LinkedHashSet<>(invoiceIds)) {
                Optional<Invoice> invoice = invoices.find(id);
                if (invoice.isEmpty()) {
                    skipped.add(new KsefBatch.Skipped(id, null, "invoice " + id + " does not exist"));
                    continue;
                }
                byte[] xml;
                try {
                    xml = export(invoice.get());
                } catch (ConflictException e) {
                    skipped.add(new KsefBatch.Skipped(id, invoice.get().number(), e.getMessage()));
                    continue;
                }
                zip.putNextEntry(new ZipEntry(KsefExport.fileName(invoice.get().number())));
                zip.write(xml);
                zip.closeEntry();
                exported.add(invoice.get().number());
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the FA(3) ZIP", e);
        }
        return new KsefBatch(exported, skipped);
    }

    private byte[] export(Invoice invoice) {
        Fa3Preconditions.require(invoice, settings);
        byte[] xml = Fa3Writer.write(invoice, clock.instant(), settings);
        try {
            schema.validate(xml);
        } catch (SAXException e) {
            LOG.warn("Invoice {} does not form a valid FA(3): {}", invoice.number(), e.getMessage());
            throw new ConflictException("invoice", "invoice " + invoice.number()
                    + " cannot form a valid FA(3) e-invoice: " + e.getMessage());
        }
        return xml;
    }
}

package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.invoicing.api.CatalogueService;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for catalogue items, archived ones included, so records can be linked and files attached to them. */
@Component(property = RecordResolver.TYPES + "=" + CatalogueRecords.ITEM, service = RecordResolver.class)
public class CatalogueRecords implements RecordResolver {
    public static final String ITEM = "catalogue-item";

    private final CatalogueService catalogue;

    @Activate
    public CatalogueRecords(@Reference CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return ITEM.equals(record.type())
                ? catalogue.find(record.id()).map(i -> i.code() + " " + i.name() + (i.active() ? "" : " (archived)"))
                : Optional.empty();
    }
}

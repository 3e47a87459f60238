package dev.relacja.offers.impl.serial;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordSetProvider;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.SerialOfferService;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The offers a serial offer sent (numbered), in its members' order: the group {@code serial-offer:<id>} a mailbox
 * send job e-mails. It reads the store: the serial offer service creates that job, and the mailbox binds this
 * provider (SCR would find the circle).
 */
@Component(property = RecordSetProvider.TYPE + "=" + SerialOfferService.RECORD_SET_TYPE)
public class SerialOfferSet implements RecordSetProvider {
    private final SerialStore store;
    private final CallerContext callers;

    @Activate
    public SerialOfferSet(@Reference SerialStore store, @Reference CallerContext callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    public Optional<List<RecordRef>> members(long id) {
        callers.require(Role.VIEWER);
        return store.sentOffers(id).map(ids -> ids.stream().map(offerId -> new RecordRef(OfferService.RECORD_TYPE,
                offerId)).toList());
    }
}

package dev.relacja.offers.impl.command;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferMember;
import dev.relacja.offers.api.SerialOfferService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:serial-offer-show}: a serial offer and every member with its offer and what the mailing did. */
@Service
@Command(scope = "crm", name = "serial-offer-show", description = "Show a serial offer and its members")
public class SerialOfferShowCommand implements Action {
    @Reference
    SerialOfferService serialOffers;

    @Argument(index = 0, name = "serial-offer", required = true, description = "The serial offer's id")
    long serialOffer;

    @Override
    public Object execute() {
        SerialOffer s = ShellValues.serialOffer(serialOffers, serialOffer);
        PrintStream out = System.out;
        out.printf("Serial offer %d  %s  %s%n", s.id(), s.name(), s.status());
        out.printf("  %-15s %d, %d generated, %d failed%n", "Members:", s.members(), s.generated(), s.failed());
        OfferDraft content = s.content();
        out.printf("  %-15s %d lines, %d promotions%n", "Content:", size(content.lines()),
                size(content.promotions()));
        if (s.sendJobId() != null) {
            out.printf("  %-15s %d (crm:mail-jobs --items %d)%n", "Send job:", s.sendJobId(), s.sendJobId());
        }
        out.printf("  %-15s %s at %s%n", "Created by:", s.createdBy(), s.createdAt());
        members(out, s.id());
        return null;
    }

    /** Every member, a page at a time: a serial offer may have thousands. */
    private void members(PrintStream out, long id) {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(30);
        table.column("Offer");
        table.column("Gross").alignRight();
        table.column("Error").maxSize(40);
        table.column("Mail");
        table.column("Recipient").maxSize(40);
        table.column("Mail reason").maxSize(40);
        Page<SerialOfferMember> page;
        int number = 0;
        do {
            page = serialOffers.members(id, new PageRequest(number++, PageRequest.MAX_SIZE));
            for (SerialOfferMember m : page.items()) {
                table.addRow().addContent(m.counterpartyCode(), m.counterpartyName(), text(m.offerLabel()),
                        m.gross() == null ? "" : m.gross().toPlainString(), text(m.error()), text(m.mail()),
                        text(m.recipient()), text(m.mailReason()));
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        table.print(out);
    }

    private static int size(List<?> parts) {
        return parts == null ? 0 : parts.size();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

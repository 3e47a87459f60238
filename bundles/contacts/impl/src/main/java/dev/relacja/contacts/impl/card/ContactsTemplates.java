package dev.relacja.contacts.impl.card;

import dev.relacja.documents.api.ResourceTemplateProvider;
import dev.relacja.documents.api.TemplateProvider;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/** The contacts module's built-in printouts; ranked -1 so that a partner's template of the same name wins. */
@Component(service = TemplateProvider.class, property = {
    TemplateProvider.TEMPLATE_NAMES + "=" + CounterpartyCard.TEMPLATE,
    Constants.SERVICE_RANKING + ":Integer=-1"
})
public class ContactsTemplates extends ResourceTemplateProvider {

    public ContactsTemplates() {
        super("templates/");
    }
}

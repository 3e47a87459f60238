Dzień dobry<#if contact.name?has_content> ${contact.name}</#if>,

w załączniku przesyłamy ofertę ${offer.label} z dnia ${offer.issueDate} na kwotę ${offer.gross} ${offer.currency} brutto, ważną do ${offer.validUntil}.
<#if offer.paymentTerms?has_content>Warunki płatności: ${offer.paymentTerms}
</#if><#if offer.deliveryTerms?has_content>Warunki dostawy: ${offer.deliveryTerms}
</#if>
W razie pytań prosimy o odpowiedź na tę wiadomość.

Z poważaniem
${operator.name}

Dear<#if contact.name?has_content> ${contact.name}<#else> Customer</#if>,

please find attached our offer ${offer.label} of ${offer.issueDate} for ${offer.gross} ${offer.currency} gross, valid until ${offer.validUntil}.
<#if offer.paymentTerms?has_content>Payment terms: ${offer.paymentTerms}
</#if><#if offer.deliveryTerms?has_content>Delivery terms: ${offer.deliveryTerms}
</#if>
Should you have any questions, just reply to this message.

Kind regards
${operator.name}

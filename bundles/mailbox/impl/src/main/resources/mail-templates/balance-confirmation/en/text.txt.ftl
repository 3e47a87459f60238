Dear<#if contact.name?has_content> ${contact.name}<#else> Customer</#if>,

please find attached the confirmation of your balance as of ${asOf}: ${amountDue} due to us<#if invoices?has_content> (invoices: ${invoices?size})</#if>.
Please check, sign and return it, or tell us what differs.

Kind regards
${operator.name}

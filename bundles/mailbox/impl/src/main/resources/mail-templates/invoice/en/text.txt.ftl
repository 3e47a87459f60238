Dear<#if contact.name?has_content> ${contact.name}<#else> Customer</#if>,

please find attached invoice ${invoice.number} of ${invoice.issueDate} for ${invoice.gross} ${invoice.currency}<#if invoice.dueDate??>, due on ${invoice.dueDate}</#if>.
<#if invoice.bankAccount?has_content>Please pay to the account ${invoice.bankAccount}.
</#if><#if invoice.splitPayment>The invoice is subject to the split payment mechanism.
</#if>
Kind regards
${operator.name}

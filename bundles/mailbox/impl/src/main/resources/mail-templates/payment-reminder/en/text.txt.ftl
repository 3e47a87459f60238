Dear<#if contact.name?has_content> ${contact.name}<#else> Customer</#if>,

according to our records, on ${asOf} the following invoices are unpaid:
<#list invoices as row>
- ${row.number} of ${row.issueDate}, due on ${row.dueDate} (${row.daysOverdue} days overdue), ${row.due} PLN to pay
</#list>

Total due: ${amountDue}. <#if bankAccount?has_content>Please pay to the account ${bankAccount}. </#if>If you have paid already, please disregard this message. The reminder is attached.

Kind regards
${operator.name}

Dzień dobry<#if contact.name?has_content> ${contact.name}</#if>,

według naszych zapisów na dzień ${asOf} nie zostały opłacone następujące faktury:
<#list invoices as row>
- ${row.number} z dnia ${row.issueDate}, termin płatności ${row.dueDate} (${row.daysOverdue} dni po terminie), do zapłaty ${row.due} zł
</#list>

Łącznie do zapłaty: ${amountDue}. <#if bankAccount?has_content>Prosimy o wpłatę na rachunek ${bankAccount}. </#if>Jeśli należność została już uregulowana, prosimy uznać tę wiadomość za nieaktualną. Ponaglenie w załączniku.

Z poważaniem
${operator.name}

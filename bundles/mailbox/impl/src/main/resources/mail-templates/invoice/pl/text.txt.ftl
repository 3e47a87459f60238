Dzień dobry<#if contact.name?has_content> ${contact.name}</#if>,

w załączniku przesyłamy fakturę ${invoice.number} z dnia ${invoice.issueDate} na kwotę ${invoice.gross} ${invoice.currency}<#if invoice.dueDate??>, płatną do ${invoice.dueDate}</#if>.
<#if invoice.bankAccount?has_content>Prosimy o wpłatę na rachunek ${invoice.bankAccount}.
</#if><#if invoice.splitPayment>Faktura objęta mechanizmem podzielonej płatności.
</#if>
Z poważaniem
${operator.name}

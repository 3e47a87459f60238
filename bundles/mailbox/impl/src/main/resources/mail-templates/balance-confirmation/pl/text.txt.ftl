Dzień dobry<#if contact.name?has_content> ${contact.name}</#if>,

w załączniku przesyłamy potwierdzenie salda na dzień ${asOf}: ${amountDue} do zapłaty na naszą rzecz<#if invoices?has_content> (faktury: ${invoices?size})</#if>.
Prosimy o sprawdzenie, podpisanie i odesłanie potwierdzenia albo o wskazanie różnic.

Z poważaniem
${operator.name}

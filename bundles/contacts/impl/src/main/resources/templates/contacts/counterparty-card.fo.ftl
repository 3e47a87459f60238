<#--
  Karta kontrahenta: the counterparty's data, addresses and contact persons.
  Model: counterparty (Counterparty), contactPersons (list of ContactPerson), owner (operator's name or ""),
  company (CompanyProfile), printedAt (string, the operator's local time).
-->
<#import "/documents/layout.fo.ftl" as layout>
<#function address a><#return [a.street!"", ((a.postalCode!"") + " " + (a.city!""))?trim, (a.country!"")]?filter(s -> s?has_content)?join(", ")></#function>
<@layout.document title="Karta kontrahenta" header=company.name>
  <@layout.heading size="16pt">${counterparty.name}</@layout.heading>
  <@layout.fields rows=[
    ["Kod", counterparty.code],
    ["Rodzaj", (counterparty.kind == "COMPANY")?then("firma", "osoba prywatna")],
    ["Status", (counterparty.status == "ACTIVE")?then("aktywny", "zarchiwizowany")],
    ["NIP", counterparty.nip!""],
    ["REGON", counterparty.regon!""],
    ["Adres siedziby", address(counterparty.addresses.registered!{})],
    ["Adres korespondencyjny", address(counterparty.addresses.correspondence!{})],
    ["E-mail", counterparty.emails?join(", ")],
    ["E-mail do faktur", counterparty.billingEmail!""],
    ["Telefon", counterparty.phones?join(", ")],
    ["Rachunek bankowy", counterparty.bankAccount!""],
    ["Termin płatności", (counterparty.paymentTermDays??)?then((counterparty.paymentTermDays!0)?c + " dni", "")],
    ["Zgoda na e-mail", counterparty.emailConsent?then("tak", "nie")],
    ["Etykiety", counterparty.tags?join(", ")],
    ["Opiekun", owner]
  ]/>
  <#if counterparty.notes?has_content>
    <@layout.heading size="12pt">Uwagi</@layout.heading>
    <@layout.paragraph>${counterparty.notes}</@layout.paragraph>
  </#if>
  <@layout.heading size="12pt">Osoby kontaktowe</@layout.heading>
  <#if contactPersons?has_content>
    <#list contactPersons as person>
      <@layout.fields rows=[
        ["Imię i nazwisko", person.name],
        ["Stanowisko", person.role!""],
        ["E-mail", person.emails?join(", ")],
        ["Telefon", person.phones?join(", ")]
      ]/>
    </#list>
  <#else>
    <@layout.paragraph>Brak osób kontaktowych.</@layout.paragraph>
  </#if>
  <@layout.paragraph><fo:inline font-size="8pt" color="#777777">Wydrukowano ${printedAt}</fo:inline></@layout.paragraph>
</@layout.document>

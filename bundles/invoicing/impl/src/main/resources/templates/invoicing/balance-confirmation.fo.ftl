<#--
  Potwierdzenie salda: the sales invoices the counterparty still owed on asOf, the balance, and the part it
  fills in, signs and sends back (agreement, or disagreement with its reasons). Model (see the invoicing impl
  README): title, seller, counterparty, place, asOf, printedOn, invoices, amountDue, amountInWords,
  bankAccount. Amounts arrive formatted ("1 234,56").
-->
<#import "/documents/layout.fo.ftl" as layout>
<#import "/invoicing/common.fo.ftl" as common>
<@layout.document title=title header=seller.name>
  <@common.letterHeading/>
  <@layout.heading>Potwierdzenie salda na dzień ${asOf?string}</@layout.heading>
  <@layout.paragraph>Prosimy o potwierdzenie, że według naszych ksiąg na dzień ${asOf?string} saldo rozrachunków
    z Państwa firmą wynosi <fo:inline font-weight="bold">${amountDue}</fo:inline> na naszą korzyść
    (słownie: ${amountInWords})<#if invoices?has_content>, na które składają się następujące nierozliczone
    faktury:<#else>: nie mają Państwo wobec nas nierozliczonych faktur.</#if></@layout.paragraph>
  <#if invoices?has_content>
    <@common.invoices rows=invoices overdue=false/>
    <fo:block font-size="12pt" font-weight="bold" space-after="4mm">Saldo: ${amountDue}</fo:block>
  </#if>
  <@layout.paragraph>Prosimy o sprawdzenie salda z Państwa księgami, zaznaczenie właściwej odpowiedzi oraz odesłanie
    podpisanego potwierdzenia w ciągu 14 dni.</@layout.paragraph>
  <@common.signature label="Za wierzyciela (${seller.name})"/>

  <fo:block border-top="0.5pt dashed #777777" space-before="6mm" padding-top="4mm" keep-together.within-page="always">
    <fo:block font-weight="bold" font-size="11pt" space-after="3mm">Odpowiedź dłużnika: ${counterparty.name}</fo:block>
    <fo:block space-after="3mm">☐ Potwierdzamy zgodność salda na dzień ${asOf?string} w kwocie ${amountDue}.</fo:block>
    <fo:block space-after="2mm">☐ Nie potwierdzamy zgodności salda. Według naszych ksiąg saldo wynosi
      ............................................ zł.</fo:block>
    <fo:block space-after="1mm">Przyczyny niezgodności:</fo:block>
    <fo:block space-after="2mm">..........................................................................................................................</fo:block>
    <fo:block space-after="2mm">..........................................................................................................................</fo:block>
    <@common.signature label="Data, pieczęć i podpis dłużnika"/>
  </fo:block>
</@layout.document>

<#--
  Ponaglenie zapłaty: the counterparty's invoices overdue on asOf, with the total and a request to pay it
  to the company's account. Model (see the invoicing impl README): title, seller, counterparty, place, asOf,
  printedOn, invoices, amountDue, amountInWords, bankAccount. Amounts arrive formatted ("1 234,56").
-->
<#import "/documents/layout.fo.ftl" as layout>
<#import "/invoicing/common.fo.ftl" as common>
<@layout.document title=title header=seller.name>
  <@common.letterHeading/>
  <@layout.heading>Ponaglenie zapłaty</@layout.heading>
  <@layout.paragraph>Uprzejmie przypominamy, że według naszej ewidencji na dzień ${asOf?string} nie zostały
    uregulowane następujące należności, których termin płatności już minął:</@layout.paragraph>
  <@common.invoices rows=invoices overdue=true/>
  <fo:block font-size="12pt" font-weight="bold" space-after="1mm">Łącznie do zapłaty: ${amountDue}</fo:block>
  <@layout.paragraph>Słownie: ${amountInWords}</@layout.paragraph>
  <@layout.paragraph>Prosimy o niezwłoczną wpłatę tej kwoty<#if bankAccount?has_content> na nasz rachunek bankowy
    nr <fo:inline font-weight="bold">${bankAccount}</fo:inline></#if>, z podaniem numerów faktur w tytule
    przelewu.</@layout.paragraph>
  <@layout.paragraph>Jeżeli należność została już zapłacona, prosimy uznać to pismo za nieaktualne.</@layout.paragraph>
  <@common.signature label="Z poważaniem"/>
</@layout.document>

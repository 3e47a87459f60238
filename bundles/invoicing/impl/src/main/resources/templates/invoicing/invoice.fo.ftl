<#--
  Faktura VAT / Faktura pro forma: every field art. 106e of the VAT act asks for, the VAT table per rate,
  the amount due in figures and in words, "mechanizm podzielonej płatności" under MPP, "odwrotne obciążenie"
  under reverse charge. A draft prints as a draft without a number, a cancelled invoice with "ANULOWANA".
  Model (see the invoicing impl README): title, invoice, seller, buyer, counterparty, lines, vatTotals,
  amountDue, amountInWords. Amounts arrive formatted ("1 234,56").
-->
<#import "/documents/layout.fo.ftl" as layout>
<#import "/invoicing/common.fo.ftl" as common>
<#assign heading = title + invoice.number?has_content?then(" nr " + invoice.number, "")>
<@layout.document title=heading header=seller.name>
  <#if invoice.cancelled>
    <fo:block font-size="22pt" font-weight="bold" color="#c00000" text-align="center" border="2pt solid #c00000"
        padding="2mm" start-indent="2mm" end-indent="2mm" space-after="4mm">ANULOWANA</fo:block>
  </#if>
  <#if invoice.draft>
    <fo:block font-size="16pt" font-weight="bold" color="#c06000" text-align="center" border="1pt dashed #c06000"
        padding="2mm" start-indent="2mm" end-indent="2mm" space-after="4mm">PROJEKT — dokument bez numeru, nie jest fakturą</fo:block>
  </#if>
  <fo:table table-layout="fixed" width="100%" space-after="5mm">
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="95mm"/>
    <fo:table-body>
      <fo:table-row>
        <fo:table-cell>
          <fo:block font-size="16pt" font-weight="bold">${title}</fo:block>
          <fo:block font-size="13pt" font-weight="bold"><#if invoice.draft>projekt<#else>nr ${invoice.number}</#if></fo:block>
        </fo:table-cell>
        <fo:table-cell>
          <#if invoice.saleDate??>
            <#assign saleRow = ["Data sprzedaży", invoice.saleDate?string]>
          <#else>
            <#assign saleRow = ["Okres świadczenia usług", invoice.periodFrom?string + " – " + invoice.periodTo?string]>
          </#if>
          <@layout.fields labelWidth="43mm" rows=[["Data wystawienia", invoice.issueDate?string], saleRow]/>
        </fo:table-cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>

  <fo:table table-layout="fixed" width="100%" space-after="5mm">
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="8mm"/>
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-body>
      <fo:table-row>
        <fo:table-cell><@common.party "Sprzedawca" seller/></fo:table-cell>
        <fo:table-cell><fo:block/></fo:table-cell>
        <fo:table-cell><@common.party "Nabywca" buyer/></fo:table-cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>

  <fo:table table-layout="fixed" width="100%" font-size="8pt" space-after="4mm">
    <fo:table-column column-width="8mm"/>
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="11mm"/>
    <fo:table-column column-width="15mm"/>
    <fo:table-column column-width="22mm"/>
    <fo:table-column column-width="12mm"/>
    <fo:table-column column-width="23mm"/>
    <fo:table-column column-width="15mm"/>
    <fo:table-column column-width="23mm"/>
    <fo:table-header>
      <fo:table-row>
        <@common.head>Lp.</@common.head><@common.head>Nazwa towaru lub usługi</@common.head><@common.head>J.m.</@common.head><@common.head>Ilość</@common.head>
        <@common.head><#if invoice.priceBasis == "GROSS">Cena jedn. brutto<#else>Cena jedn. netto</#if></@common.head>
        <@common.head>Rabat %</@common.head><@common.head>Wartość netto</@common.head><@common.head>Stawka VAT</@common.head><@common.head>Wartość brutto</@common.head>
      </fo:table-row>
    </fo:table-header>
    <fo:table-body>
      <#list lines as line>
      <fo:table-row>
        <@common.cell align="end">${line.position}</@common.cell>
        <@common.cell>${line.name}</@common.cell>
        <@common.cell>${line.unit}</@common.cell>
        <@common.cell align="end">${line.quantity}</@common.cell>
        <@common.cell align="end">${line.unitPrice}</@common.cell>
        <@common.cell align="end">${line.discount}</@common.cell>
        <@common.cell align="end">${line.net}</@common.cell>
        <@common.cell align="center">${line.vatRate}</@common.cell>
        <@common.cell align="end">${line.gross}</@common.cell>
      </fo:table-row>
      </#list>
    </fo:table-body>
  </fo:table>

  <#-- the VAT table on the right: start-indent moves the table, and its rows take it back for their text -->
  <fo:table table-layout="fixed" width="110mm" start-indent="70mm" font-size="9pt" space-after="4mm">
    <fo:table-column column-width="26mm"/>
    <fo:table-column column-width="28mm"/>
    <fo:table-column column-width="28mm"/>
    <fo:table-column column-width="28mm"/>
    <fo:table-header start-indent="0mm">
      <fo:table-row>
        <@common.head>Stawka VAT</@common.head><@common.head>Wartość netto</@common.head><@common.head>Kwota VAT</@common.head><@common.head>Wartość brutto</@common.head>
      </fo:table-row>
    </fo:table-header>
    <fo:table-body start-indent="0mm">
      <#list vatTotals as total>
      <fo:table-row>
        <@common.cell align="center">${total.vatRate}</@common.cell>
        <@common.cell align="end">${total.net}</@common.cell>
        <@common.cell align="end">${total.vat}</@common.cell>
        <@common.cell align="end">${total.gross}</@common.cell>
      </fo:table-row>
      </#list>
      <fo:table-row>
        <@common.cell bold=true>Razem</@common.cell>
        <@common.cell align="end" bold=true>${invoice.net}</@common.cell>
        <@common.cell align="end" bold=true>${invoice.vat}</@common.cell>
        <@common.cell align="end" bold=true>${invoice.gross}</@common.cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>

  <#if invoice.paid != "0,00">
    <@layout.paragraph>Zapłacono: ${invoice.paid} zł</@layout.paragraph>
  </#if>
  <fo:block font-size="13pt" font-weight="bold" space-after="1mm">Do zapłaty: ${amountDue}</fo:block>
  <@layout.paragraph>Słownie: ${amountInWords}</@layout.paragraph>

  <@layout.fields rows=[
    ["Sposób płatności", invoice.paymentMethod],
    ["Termin płatności", invoice.dueDate?string],
    ["Numer rachunku", invoice.bankAccount]
  ]/>
  <#if invoice.splitPayment>
    <fo:block font-weight="bold" font-size="11pt" space-after="2mm">mechanizm podzielonej płatności</fo:block>
  </#if>
  <#if invoice.reverseCharge>
    <fo:block font-weight="bold" font-size="11pt" space-after="2mm">odwrotne obciążenie</fo:block>
  </#if>
  <#if invoice.proForma>
    <@layout.paragraph><fo:inline font-style="italic">Faktura pro forma nie jest fakturą VAT w rozumieniu ustawy
      o podatku od towarów i usług i nie stanowi podstawy do odliczenia podatku.</fo:inline></@layout.paragraph>
  </#if>
  <#if invoice.notes?has_content>
    <@layout.heading size="11pt">Uwagi</@layout.heading>
    <@layout.paragraph>${invoice.notes}</@layout.paragraph>
  </#if>
</@layout.document>

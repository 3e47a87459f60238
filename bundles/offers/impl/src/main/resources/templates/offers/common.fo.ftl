<#--
  Macros the offer templates share: a party block, table cells, the lines, the promotions with their wording,
  the VAT table with the grand total, the terms and a free text section. They read the offer model (see the
  offers impl README): label holds the words in the offer's language, amounts arrive formatted.
-->

<#-- A seller or buyer: label, name, address lines, NIP. -->
<#macro party label p>
  <fo:block font-size="8pt" color="#555555" space-after="1mm">${label}</fo:block>
  <fo:block font-weight="bold">${p.name}</fo:block>
  <#list p.addressLines as line><fo:block>${line}</fo:block></#list>
  <#if p.nip?has_content><fo:block>NIP: ${p.nip}</fo:block></#if>
</#macro>

<#-- The offer's lines; a line's description goes under its name in a smaller type. -->
<#macro lineTable size="8pt">
<fo:table table-layout="fixed" width="100%" font-size="${size}" space-after="4mm">
  <fo:table-column column-width="7mm"/>
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-column column-width="10mm"/>
  <fo:table-column column-width="13mm"/>
  <fo:table-column column-width="19mm"/>
  <fo:table-column column-width="13mm"/>
  <fo:table-column column-width="13mm"/>
  <fo:table-column column-width="20mm"/>
  <fo:table-column column-width="10mm"/>
  <fo:table-column column-width="20mm"/>
  <fo:table-header>
    <fo:table-row>
      <@head>${label.position}</@head><@head>${label.item}</@head><@head>${label.unit}</@head>
      <@head>${label.quantity}</@head>
      <@head><#if offer.grossPrices>${label.grossPrice}<#else>${label.netPrice}</#if></@head>
      <@head>${label.discount}</@head><@head>${label.promotion}</@head><@head>${label.net}</@head>
      <@head>${label.vatShort}</@head><@head>${label.gross}</@head>
    </fo:table-row>
  </fo:table-header>
  <fo:table-body>
    <#list lines as line>
    <fo:table-row>
      <@cell align="end">${line.position}</@cell>
      <fo:table-cell padding="1mm" border="0.25pt solid #999999">
        <fo:block>${line.name}</fo:block>
        <#if line.description?has_content><fo:block font-size="7pt" color="#444444">${line.description}</fo:block></#if>
      </fo:table-cell>
      <@cell>${line.unit}</@cell>
      <@cell align="end">${line.quantity}</@cell>
      <@cell align="end">${line.unitPrice}</@cell>
      <@cell align="end">${line.discount}</@cell>
      <@cell align="end">${line.promotion}</@cell>
      <@cell align="end">${line.net}</@cell>
      <@cell align="center">${line.vatRate}</@cell>
      <@cell align="end">${line.gross}</@cell>
    </fo:table-row>
    </#list>
  </fo:table-body>
</fo:table>
</#macro>

<#-- The promotions: their wording, what each is, and what it saves. Nothing when there are none. -->
<#macro promotionTable>
<#if promotions?has_content>
<fo:block font-weight="bold" space-before="1mm" space-after="1mm" keep-with-next.within-page="always">${label.promotions}</fo:block>
<fo:table table-layout="fixed" width="100%" font-size="8.5pt" space-after="4mm">
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-column column-width="50mm"/>
  <fo:table-column column-width="28mm"/>
  <fo:table-body>
    <#list promotions as promotion>
    <fo:table-row>
      <@cell>${promotion.wording}</@cell>
      <@cell>${promotion.kind}: ${promotion.detail}</@cell>
      <@cell align="end">${promotion.saving}</@cell>
    </fo:table-row>
    </#list>
  </fo:table-body>
</fo:table>
</#if>
</#macro>

<#-- The VAT table on the right with its total row, then the grand total. -->
<#macro totalsTable>
<fo:table table-layout="fixed" width="110mm" start-indent="70mm" font-size="9pt" space-after="3mm">
  <fo:table-column column-width="26mm"/>
  <fo:table-column column-width="28mm"/>
  <fo:table-column column-width="28mm"/>
  <fo:table-column column-width="28mm"/>
  <fo:table-header start-indent="0mm">
    <fo:table-row>
      <@head>${label.vatRate}</@head><@head>${label.net}</@head><@head>${label.vat}</@head><@head>${label.gross}</@head>
    </fo:table-row>
  </fo:table-header>
  <fo:table-body start-indent="0mm">
    <#list vatTotals as total>
    <fo:table-row>
      <@cell align="center">${total.vatRate}</@cell>
      <@cell align="end">${total.net}</@cell>
      <@cell align="end">${total.vat}</@cell>
      <@cell align="end">${total.gross}</@cell>
    </fo:table-row>
    </#list>
    <fo:table-row>
      <@cell bold=true>${label.total}</@cell>
      <@cell align="end" bold=true>${offer.net}</@cell>
      <@cell align="end" bold=true>${offer.vat}</@cell>
      <@cell align="end" bold=true>${offer.gross}</@cell>
    </fo:table-row>
  </fo:table-body>
</fo:table>
<fo:block font-size="13pt" font-weight="bold" text-align="end" space-after="4mm">${label.grandTotal}: ${grandTotal}</fo:block>
</#macro>

<#-- A titled block of free text; nothing when the text is empty. -->
<#macro section title text size="11pt">
<#if text?has_content>
<fo:block font-size="${size}" font-weight="bold" space-before="2mm" space-after="1mm" keep-with-next.within-page="always">${title}</fo:block>
<fo:block space-after="2mm" linefeed-treatment="preserve">${text}</fo:block>
</#if>
</#macro>

<#-- A bordered table cell, and a header cell. -->
<#macro cell align="start" bold=false><fo:table-cell padding="1mm" border="0.25pt solid #999999"><fo:block text-align="${align}"<#if bold> font-weight="bold"</#if>><#nested></fo:block></fo:table-cell></#macro>
<#macro head><fo:table-cell padding="1mm" border="0.25pt solid #999999" background-color="#eeeeee"><fo:block font-weight="bold"><#nested></fo:block></fo:table-cell></#macro>

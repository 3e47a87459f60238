<#--
  Macros the invoicing module's printouts share: a party block, table cells, and for the letters (payment
  reminder, balance confirmation) the place and date with both parties, the table of invoices and a signature
  line; the letter macros read the collections model (see the invoicing impl README).
-->

<#-- Place and date on the right, then the creditor and the counterparty side by side. -->
<#macro letterHeading>
<fo:block text-align="end" space-after="5mm"><#if place?has_content>${place}, </#if>${printedOn?string}</fo:block>
<fo:table table-layout="fixed" width="100%" space-after="4mm">
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-column column-width="8mm"/>
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-body>
    <fo:table-row>
      <fo:table-cell><@party "Wierzyciel" seller/></fo:table-cell>
      <fo:table-cell><fo:block/></fo:table-cell>
      <fo:table-cell><@party "Dłużnik" counterparty/></fo:table-cell>
    </fo:table-row>
  </fo:table-body>
</fo:table>
</#macro>

<#-- A seller, buyer or counterparty: label, name, address lines, NIP. -->
<#macro party label p>
  <fo:block font-size="8pt" color="#555555" space-after="1mm">${label}</fo:block>
  <fo:block font-weight="bold">${p.name}</fo:block>
  <#list p.addressLines as line><fo:block>${line}</fo:block></#list>
  <#if p.nip?has_content><fo:block>NIP: ${p.nip}</fo:block></#if>
</#macro>

<#-- The listed invoices; overdue=true adds the days past the due date. -->
<#macro invoices rows overdue>
<fo:table table-layout="fixed" width="100%" font-size="9pt" space-after="3mm">
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-column column-width="27mm"/>
  <fo:table-column column-width="27mm"/>
  <#if overdue><fo:table-column column-width="20mm"/></#if>
  <fo:table-column column-width="28mm"/>
  <fo:table-column column-width="28mm"/>
  <fo:table-header>
    <fo:table-row>
      <@head>Faktura</@head><@head>Data wystawienia</@head><@head>Termin płatności</@head>
      <#if overdue><@head>Dni po terminie</@head></#if>
      <@head>Wartość brutto</@head><@head>Do zapłaty</@head>
    </fo:table-row>
  </fo:table-header>
  <fo:table-body>
    <#list rows as row>
    <fo:table-row>
      <@cell>${row.number}</@cell>
      <@cell>${row.issueDate?string}</@cell>
      <@cell>${row.dueDate?string}</@cell>
      <#if overdue><@cell align="end">${row.daysOverdue}</@cell></#if>
      <@cell align="end">${row.gross}</@cell>
      <@cell align="end">${row.due}</@cell>
    </fo:table-row>
    </#list>
  </fo:table-body>
</fo:table>
</#macro>

<#-- A dotted line to sign on, with what signs it underneath. -->
<#macro signature label>
<fo:block space-before="12mm" text-align="end">....................................................</fo:block>
<fo:block text-align="end" font-size="8pt" color="#555555" space-after="2mm">${label}</fo:block>
</#macro>

<#-- A bordered table cell, and a header cell. -->
<#macro cell align="start" bold=false><fo:table-cell padding="1mm" border="0.25pt solid #999999"><fo:block text-align="${align}"<#if bold> font-weight="bold"</#if>><#nested></fo:block></fo:table-cell></#macro>
<#macro head><fo:table-cell padding="1mm" border="0.25pt solid #999999" background-color="#eeeeee"><fo:block font-weight="bold"><#nested></fo:block></fo:table-cell></#macro>

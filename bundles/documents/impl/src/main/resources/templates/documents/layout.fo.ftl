<#--
  Relacja's page layout for printouts: A4 portrait in DejaVu Sans, a running header with the title
  (and the seller, when given), "Strona X z Y" in the footer. Values are XML-escaped automatically.

  <#import "/documents/layout.fo.ftl" as layout>
  <@layout.document title="Karta kontrahenta" header=company.name>
    <@layout.heading>${counterparty.name}</@layout.heading>
    <@layout.fields rows=[["Kod", counterparty.code], ["NIP", counterparty.nip!""]]/>
    <@layout.paragraph>Any text, with <fo:inline font-weight="bold">FO markup</fo:inline> if needed.</@layout.paragraph>
  </@layout.document>
-->

<#-- The whole document: fo:root, the A4 page master, header, footer, and the nested content as the flow. -->
<#macro document title header="" language="pl" pageLabel="Strona" ofLabel="z">
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="DejaVu Sans" font-size="10pt" language="${language}">
  <fo:layout-master-set>
    <fo:simple-page-master master-name="relacja-a4" page-width="210mm" page-height="297mm" margin="12mm 15mm 10mm 15mm">
      <fo:region-body margin-top="16mm" margin-bottom="12mm"/>
      <fo:region-before extent="12mm"/>
      <fo:region-after extent="8mm"/>
    </fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="relacja-a4">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-size="8.5pt" color="#555555" border-bottom="0.5pt solid #999999" padding-bottom="1.5mm"
          text-align-last="justify">
        <fo:inline font-weight="bold">${title}</fo:inline><fo:leader leader-pattern="space"/>${header}
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-size="8pt" color="#555555" text-align="end">${pageLabel} <fo:page-number/> ${ofLabel} <fo:page-number-citation-last ref-id="relacja-document-end"/></fo:block>
    </fo:static-content>
    <fo:flow flow-name="xsl-region-body">
      <#nested>
      <fo:block id="relacja-document-end"/>
    </fo:flow>
  </fo:page-sequence>
</fo:root>
</#macro>

<#-- A section heading. -->
<#macro heading size="14pt">
<fo:block font-size="${size}" font-weight="bold" space-before="4mm" space-after="3mm" keep-with-next.within-page="always"><#nested></fo:block>
</#macro>

<#-- A paragraph of running text. -->
<#macro paragraph>
<fo:block space-after="2mm"><#nested></fo:block>
</#macro>

<#-- Label/value rows as a two-column table; rows is a sequence of [label, value] pairs. Empty values show as a dash. -->
<#macro fields rows labelWidth="45mm">
<#if rows?has_content>
<fo:table table-layout="fixed" width="100%" space-after="3mm">
  <fo:table-column column-width="${labelWidth}"/>
  <fo:table-column column-width="proportional-column-width(1)"/>
  <fo:table-body>
    <#list rows as row>
    <fo:table-row>
      <fo:table-cell padding="1mm 2mm 1mm 0" border-bottom="0.25pt solid #dddddd"><fo:block color="#555555">${row[0]}</fo:block></fo:table-cell>
      <fo:table-cell padding="1mm 0" border-bottom="0.25pt solid #dddddd"><fo:block><#if (row[1]!"")?has_content>${row[1]}<#else>—</#if></fo:block></fo:table-cell>
    </fo:table-row>
    </#list>
  </fo:table-body>
</fo:table>
</#if>
</#macro>

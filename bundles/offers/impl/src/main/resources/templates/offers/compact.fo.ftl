<#--
  The compact offer: one dense page with the customer, the dates, the lines, the promotions with their wording,
  the VAT table and the grand total, the terms side by side, and the sections in a smaller type. Same model as
  the formal offer (see the offers impl README).
-->
<#import "/documents/layout.fo.ftl" as layout>
<#import "/offers/common.fo.ftl" as common>
<@layout.document title=title + " " + offer.label header=seller.name language=language pageLabel=label.page ofLabel=label.of>
  <fo:block font-size="13pt" font-weight="bold" space-after="1mm">${title} ${offer.label}</fo:block>
  <fo:block font-size="9pt" space-after="3mm">${label.buyer}: <fo:inline font-weight="bold">${buyer.name}</fo:inline><#if buyer.nip?has_content>, NIP ${buyer.nip}</#if><#if contactPerson?has_content> — ${contactPerson}</#if>
    · ${label.issueDate}: ${offer.issueDate} · ${label.validUntil}: ${offer.validUntil}</fo:block>
  <@common.section label.introduction offer.introduction "9pt"/>
  <@common.lineTable "7.5pt"/>
  <@common.promotionTable/>
  <@common.totalsTable/>
  <fo:table table-layout="fixed" width="100%" font-size="8.5pt" space-after="2mm">
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="6mm"/>
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-body>
      <fo:table-row>
        <fo:table-cell><fo:block font-weight="bold">${label.paymentTerms}</fo:block><fo:block linefeed-treatment="preserve"><#if offer.paymentTerms?has_content>${offer.paymentTerms}<#else>—</#if></fo:block></fo:table-cell>
        <fo:table-cell><fo:block/></fo:table-cell>
        <fo:table-cell><fo:block font-weight="bold">${label.deliveryTerms}</fo:block><fo:block linefeed-treatment="preserve"><#if offer.deliveryTerms?has_content>${offer.deliveryTerms}<#else>—</#if></fo:block></fo:table-cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>
  <fo:block font-size="8.5pt">
    <@common.section label.productInformation offer.productInformation "9pt"/>
    <@common.section label.references offer.references "9pt"/>
    <@common.section label.companyInformation offer.companyInformation "9pt"/>
  </fo:block>
  <fo:block font-size="8.5pt" space-before="2mm">${label.validity} ${offer.validUntil}.<#if owner?has_content> ${label.owner}: ${owner}.</#if></fo:block>
</@layout.document>

<#--
  The formal offer: a letter from the company to the customer with both parties, the contact person and who
  prepared it, the introduction, every line, the promotions with their wording, the VAT table and the grand
  total, the validity, payment and delivery terms, and the references, company and product information.
  Model (see the offers impl README): title, language, label, offer, seller, buyer, contactPerson, owner,
  lines, promotions, vatTotals, grandTotal. A draft says so beside its title.
-->
<#import "/documents/layout.fo.ftl" as layout>
<#import "/offers/common.fo.ftl" as common>
<@layout.document title=title + " " + offer.label header=seller.name language=language pageLabel=label.page ofLabel=label.of>
  <fo:table table-layout="fixed" width="100%" space-after="5mm">
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="85mm"/>
    <fo:table-body>
      <fo:table-row>
        <fo:table-cell>
          <fo:block font-size="16pt" font-weight="bold">${title}</fo:block>
          <fo:block font-size="12pt" font-weight="bold"<#if offer.draft> color="#c06000"</#if>>${offer.label}</fo:block>
        </fo:table-cell>
        <fo:table-cell>
          <@layout.fields labelWidth="35mm" rows=[[label.issueDate, offer.issueDate], [label.validUntil, offer.validUntil], [label.currency, offer.currency]]/>
        </fo:table-cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>

  <fo:table table-layout="fixed" width="100%" space-after="4mm">
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-column column-width="8mm"/>
    <fo:table-column column-width="proportional-column-width(1)"/>
    <fo:table-body>
      <fo:table-row>
        <fo:table-cell><@common.party label.seller seller/></fo:table-cell>
        <fo:table-cell><fo:block/></fo:table-cell>
        <fo:table-cell>
          <@common.party label.buyer buyer/>
          <#if contactPerson?has_content><fo:block space-before="1mm">${label.contactPerson}: ${contactPerson}</fo:block></#if>
        </fo:table-cell>
      </fo:table-row>
    </fo:table-body>
  </fo:table>

  <@common.section label.introduction offer.introduction/>
  <@common.lineTable/>
  <@common.promotionTable/>
  <@common.totalsTable/>
  <fo:block font-weight="bold" space-after="3mm">${label.validity} ${offer.validUntil}.</fo:block>
  <@common.section label.paymentTerms offer.paymentTerms/>
  <@common.section label.deliveryTerms offer.deliveryTerms/>
  <@common.section label.productInformation offer.productInformation/>
  <@common.section label.references offer.references/>
  <@common.section label.companyInformation offer.companyInformation/>
  <#if owner?has_content>
    <fo:block space-before="8mm" font-size="9pt" color="#555555">${label.owner}:</fo:block>
    <fo:block>${owner}</fo:block>
  </#if>
</@layout.document>

<#-- The sample partner's counterparty card: the same model as the built-in one, a different look. -->
<#import "/documents/layout.fo.ftl" as layout>
<@layout.document title="Karta kontrahenta — wzór partnera" header=company.name>
  <@layout.heading size="18pt">${counterparty.code}: ${counterparty.name}</@layout.heading>
  <@layout.fields rows=[["NIP", counterparty.nip!""], ["Osoby kontaktowe", contactPersons?size?c]]/>
  <@layout.paragraph>Wydrukowano ${printedAt} szablonem partnera.</@layout.paragraph>
</@layout.document>

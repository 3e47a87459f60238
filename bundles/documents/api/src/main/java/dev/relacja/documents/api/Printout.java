package dev.relacja.documents.api;

/**
 * A record's printout ready to send: its file name, the PDF, the counterparty it is addressed to, and the record
 * a message carrying it is about (so replies thread to it).
 *
 * @param fileName   e.g. {@code FS_12_11_2026.pdf}
 * @param aboutType  e.g. {@code invoice}; a payment reminder is about its {@code counterparty}
 */
public record Printout(String fileName, byte[] pdf, long counterpartyId, String aboutType, long aboutId) {
}

package dev.relacja.mailbox.api;

/** A file of a message, stored once in the core's file store ({@code fileId}). */
public record MailAttachment(long fileId, String filename, String contentType, long size) {
}

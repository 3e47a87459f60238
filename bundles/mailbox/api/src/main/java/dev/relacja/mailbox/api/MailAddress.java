package dev.relacja.mailbox.api;

/** An address and the name shown with it ({@code null} when there is none). */
public record MailAddress(String address, String name) {
    @Override
    public String toString() {
        return name == null || name.isBlank() ? address : name + " <" + address + ">";
    }
}

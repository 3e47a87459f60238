package dev.relacja.invoicing.api;

/** Whether a catalogue item is goods (a thing delivered) or a service (work done). */
public enum ItemKind {
    GOODS, SERVICE
}

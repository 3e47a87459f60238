package dev.relacja.offers.impl.template;

/** An offer template that passed every check, ready to store: its name, the built-in it came from, its text. */
record CheckedTemplate(String name, String basedOn, String text) {
}

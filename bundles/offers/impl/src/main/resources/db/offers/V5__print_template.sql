-- The template an offer prints with when a printout names none (a built-in's name or an admin's template code);
-- NULL: the configured default.
ALTER TABLE offers_offer ADD COLUMN print_template VARCHAR(40);
CREATE INDEX offers_offer_print_template ON offers_offer (print_template);

-- Numbers, revisions and the customer's answer. An offer takes its number (series OF) when it is first sent,
-- which freezes revision 1; each change of a sent offer freezes the next. A draft has neither (revision 0).
ALTER TABLE offers_offer ADD COLUMN number VARCHAR(60);
ALTER TABLE offers_offer ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offers_offer ADD COLUMN sent_at TIMESTAMP;
-- the accepted revision, its label and SHA-256, the operator who registered it, and the customer's reply e-mail
-- (the mailbox's message id, no foreign key across modules)
ALTER TABLE offers_offer ADD COLUMN accepted_revision INTEGER;
ALTER TABLE offers_offer ADD COLUMN accepted_label VARCHAR(70);
ALTER TABLE offers_offer ADD COLUMN accepted_by_id BIGINT;
ALTER TABLE offers_offer ADD COLUMN accepted_by VARCHAR(100);
ALTER TABLE offers_offer ADD COLUMN accepted_at TIMESTAMP;
ALTER TABLE offers_offer ADD COLUMN accepted_message_id BIGINT;
ALTER TABLE offers_offer ADD COLUMN accepted_sha256 CHAR(64);
ALTER TABLE offers_offer ADD COLUMN rejection_reason VARCHAR(1000);
ALTER TABLE offers_offer ADD CONSTRAINT offers_offer_number UNIQUE (number);
CREATE INDEX offers_offer_expiry ON offers_offer (status, valid_until);

-- Frozen revisions, never changed: the offer as it was, as canonical JSON (properties sorted, plain decimals,
-- ISO dates), and the SHA-256 (hex) of that text.
CREATE TABLE offers_revision (
    offer_id             BIGINT          NOT NULL REFERENCES offers_offer (id),
    revision             INTEGER         NOT NULL,
    label                VARCHAR(70)     NOT NULL,
    content              CLOB            NOT NULL,
    sha256               CHAR(64)        NOT NULL,
    created_at           TIMESTAMP       NOT NULL,
    created_by           VARCHAR(100)    NOT NULL,
    PRIMARY KEY (offer_id, revision),
    CONSTRAINT offers_revision_positive CHECK (revision >= 1)
);

-- Offer print templates admins upload (the built-in ones live in the bundle): XSL-FO in FreeMarker, by code.
CREATE TABLE offers_template (
    code          VARCHAR(40)     NOT NULL PRIMARY KEY,
    name          VARCHAR(100)    NOT NULL,
    based_on      VARCHAR(20),
    text          CLOB            NOT NULL,
    version       BIGINT          NOT NULL,
    created_at    TIMESTAMP       NOT NULL,
    created_by    VARCHAR(100)    NOT NULL,
    updated_at    TIMESTAMP       NOT NULL,
    updated_by    VARCHAR(100)    NOT NULL
);

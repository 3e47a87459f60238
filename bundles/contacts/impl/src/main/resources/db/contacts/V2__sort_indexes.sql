-- Lists sort by a column and then the id (so pages neither skip nor repeat rows); indexes that end
-- in the id let the database read a page in order instead of sorting the whole table.
CREATE INDEX contacts_counterparty_name_id ON contacts_counterparty (name, id);
CREATE INDEX contacts_counterparty_status_name_id ON contacts_counterparty (status, name, id);
CREATE INDEX contacts_counterparty_code_id ON contacts_counterparty (code, id);
CREATE INDEX contacts_counterparty_updated_id ON contacts_counterparty (updated_at, id);
DROP INDEX contacts_counterparty_name;
DROP INDEX contacts_counterparty_status;
DROP INDEX contacts_counterparty_updated;

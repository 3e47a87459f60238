-- A caller's key for a message it sends at most once (an alert, say): a repeated request finds the message queued
-- the first time. Unique; NULL for everything else (unique constraints allow many NULLs).
ALTER TABLE mail_message ADD COLUMN send_key VARCHAR(200);
ALTER TABLE mail_message ADD CONSTRAINT mail_message_send_key UNIQUE (send_key);

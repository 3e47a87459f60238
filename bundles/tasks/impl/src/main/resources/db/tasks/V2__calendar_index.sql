-- The calendar's slots: per owner, records whose deadline is at or after the range's start, with the start
-- in the index too, so whether a record overlaps the range is known before its row is read.
CREATE INDEX tasks_owner_deadline_start ON tasks_task (owner_id, deadline, start_at);

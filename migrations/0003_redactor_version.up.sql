-- The redactor version that wrote each stored document's redacted_text, so
-- rows redacted by older code can be found and redacted again
-- (`resumectl redact --rewrite`). Expand only (see the README's migration
-- rule): the columns have defaults, so daemons of the previous release keep
-- working; their rows read as version 0, "redacted by a release before
-- versions were recorded".
ALTER TABLE resumes ADD COLUMN redactor_version integer NOT NULL DEFAULT 0
    CHECK (redactor_version >= 0);
ALTER TABLE job_descriptions ADD COLUMN redactor_version integer NOT NULL DEFAULT 0
    CHECK (redactor_version >= 0);

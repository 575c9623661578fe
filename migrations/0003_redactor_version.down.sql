ALTER TABLE job_descriptions DROP COLUMN redactor_version;
ALTER TABLE resumes DROP COLUMN redactor_version;

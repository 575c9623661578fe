DROP INDEX analyses_user_resume_created_idx;
DROP INDEX analyses_identity_key;
ALTER TABLE analyses DROP COLUMN analyzer_version;
ALTER TABLE analyses DROP COLUMN matched_keywords;

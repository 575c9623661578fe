-- Analyses as the analysis API stores them. Expand only (see the README's
-- migration rule): new columns have defaults and nothing is dropped or
-- renamed, so daemons of the previous release keep working while new ones
-- roll out.

-- Key terms of the job the resume has, most important first.
ALTER TABLE analyses ADD COLUMN matched_keywords jsonb NOT NULL DEFAULT '[]'
    CHECK (jsonb_typeof(matched_keywords) = 'array');

-- The version of the analysis method; 0 for rows written before it was recorded.
ALTER TABLE analyses ADD COLUMN analyzer_version integer NOT NULL DEFAULT 0
    CHECK (analyzer_version >= 0);

-- The same analysis is stored once, however often its cache entry expires:
-- one row per user, resume, job description, resume version and method version.
CREATE UNIQUE INDEX analyses_identity_key
    ON analyses (user_id, resume_id, job_description_id, resume_version, analyzer_version)
    WHERE analyzer_version > 0;

-- ListAnalyses filtered by resume pages by keyset on this index.
CREATE INDEX analyses_user_resume_created_idx ON analyses (user_id, resume_id, created_at DESC, id DESC);

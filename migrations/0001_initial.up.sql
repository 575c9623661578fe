-- The five tables of the Resume Builder. Every foreign key cascades, so
-- deleting a user deletes all of their personal data. Child tables refer to
-- (user_id, id) of their parent, so a row can only point at rows of the
-- same user: the database, not only the code, keeps users apart.

CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE users (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    hashed_password text        NOT NULL,
    is_active       boolean     NOT NULL DEFAULT true,
    is_verified     boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
-- Unique case-insensitively: Jane@Example.com and jane@example.com are one account.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE resumes (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    raw_text      text        NOT NULL,
    redacted_text text        NOT NULL,
    version       integer     NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resumes_user_id_id_key UNIQUE (user_id, id)
);
CREATE INDEX resumes_user_created_idx ON resumes (user_id, created_at DESC, id DESC);
CREATE TRIGGER resumes_set_updated_at BEFORE UPDATE ON resumes
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE job_descriptions (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_name   text        CHECK (length(company_name) BETWEEN 1 AND 200),
    position_title text        NOT NULL CHECK (length(position_title) BETWEEN 1 AND 200),
    raw_text       text        NOT NULL,
    redacted_text  text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT job_descriptions_user_id_id_key UNIQUE (user_id, id)
);
CREATE INDEX job_descriptions_user_created_idx ON job_descriptions (user_id, created_at DESC, id DESC);

CREATE TABLE analyses (
    id                  uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    resume_id           uuid         NOT NULL,
    job_description_id  uuid         NOT NULL,
    -- The resume version the analysis was computed from: a newer version makes it stale.
    resume_version      integer      NOT NULL CHECK (resume_version >= 1),
    missing_keywords    jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(missing_keywords) = 'array'),
    suggestions         jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(suggestions) = 'array'),
    match_score         numeric(5,2) NOT NULL CHECK (match_score BETWEEN 0 AND 100),
    semantic_similarity numeric(5,4) NOT NULL CHECK (semantic_similarity BETWEEN 0 AND 1),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT analyses_user_id_id_key UNIQUE (user_id, id),
    CONSTRAINT analyses_resume_fkey FOREIGN KEY (user_id, resume_id)
        REFERENCES resumes (user_id, id) ON DELETE CASCADE,
    CONSTRAINT analyses_job_description_fkey FOREIGN KEY (user_id, job_description_id)
        REFERENCES job_descriptions (user_id, id) ON DELETE CASCADE
);
CREATE INDEX analyses_user_created_idx ON analyses (user_id, created_at DESC, id DESC);
CREATE INDEX analyses_resume_idx ON analyses (resume_id);
CREATE INDEX analyses_job_description_idx ON analyses (job_description_id);

CREATE TABLE generated_resumes (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    analysis_id         uuid        NOT NULL,
    optimized_text      text        NOT NULL,
    model_used          text        NOT NULL CHECK (length(model_used) BETWEEN 1 AND 200),
    -- Token counts, cost and other facts about the generation, as a JSON object.
    generation_metadata jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(generation_metadata) = 'object'),
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT generated_resumes_analysis_fkey FOREIGN KEY (user_id, analysis_id)
        REFERENCES analyses (user_id, id) ON DELETE CASCADE
);
CREATE INDEX generated_resumes_user_created_idx ON generated_resumes (user_id, created_at DESC, id DESC);
CREATE INDEX generated_resumes_analysis_idx ON generated_resumes (analysis_id);

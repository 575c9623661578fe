-- Safe retries and fair use. Expand only (see the README's migration rule):
-- new tables, a defaulted column and triggers; daemons of the previous
-- release keep working, and the triggers keep the counts right for their
-- writes too.

-- Writes of running daemons wait for this migration (a few statements), so
-- none lands between the counts' backfill and their triggers.
LOCK TABLE users, resumes, job_descriptions, analyses, generated_resumes IN SHARE ROW EXCLUSIVE MODE;

-- Idempotency keys: the first create with a key records the row it made, in
-- the same statement as the row; a retry with the key gets that row back.
-- `scope` is 'u:<user id>' or 's:<service token fingerprint>'; `fingerprint`
-- is an HMAC of the request (never its text). Expired keys are deleted by the
-- daemons in batches; an expired key not yet deleted may be used again.
CREATE TABLE idempotency_keys (
    scope       text        NOT NULL CHECK (length(scope) BETWEEN 3 AND 80),
    method      text        NOT NULL CHECK (length(method) BETWEEN 1 AND 100),
    key         text        NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
    fingerprint bytea       NOT NULL,
    resource_id uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (scope, method, key)
);
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);

-- What each user holds, kept by triggers on every write (so no statement
-- counts rows), and locked by a create that checks a quota: two racing
-- creates cannot both take the last slot.
CREATE TABLE user_usage (
    user_id               uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    resumes               integer     NOT NULL DEFAULT 0,
    job_descriptions      integer     NOT NULL DEFAULT 0,
    -- raw and redacted text of resumes and job descriptions, in UTF-8 bytes
    stored_text_bytes     bigint      NOT NULL DEFAULT 0,
    -- analyses computed in the current one-minute window, and when it began
    analysis_window_start timestamptz,
    analyses_in_window    integer     NOT NULL DEFAULT 0
);

CREATE FUNCTION user_usage_for_new_user() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO user_usage (user_id) VALUES (NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_usage AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION user_usage_for_new_user();

INSERT INTO user_usage (user_id, resumes, job_descriptions, stored_text_bytes)
SELECT u.id,
       (SELECT count(*) FROM resumes r WHERE r.user_id = u.id),
       (SELECT count(*) FROM job_descriptions j WHERE j.user_id = u.id),
       coalesce((SELECT sum(octet_length(r.raw_text) + octet_length(r.redacted_text)) FROM resumes r WHERE r.user_id = u.id), 0)
     + coalesce((SELECT sum(octet_length(j.raw_text) + octet_length(j.redacted_text)) FROM job_descriptions j WHERE j.user_id = u.id), 0)
FROM users u;

-- Counts a resume or job description in, out, or its text's new size.
CREATE FUNCTION user_usage_count_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    is_resume integer := (TG_TABLE_NAME = 'resumes')::integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE user_usage SET resumes = resumes + is_resume, job_descriptions = job_descriptions + 1 - is_resume,
               stored_text_bytes = stored_text_bytes + octet_length(NEW.raw_text) + octet_length(NEW.redacted_text)
        WHERE user_id = NEW.user_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE user_usage SET resumes = resumes - is_resume, job_descriptions = job_descriptions - 1 + is_resume,
               stored_text_bytes = stored_text_bytes - octet_length(OLD.raw_text) - octet_length(OLD.redacted_text)
        WHERE user_id = OLD.user_id;
    ELSE
        UPDATE user_usage SET stored_text_bytes = stored_text_bytes
               + octet_length(NEW.raw_text) + octet_length(NEW.redacted_text) - octet_length(OLD.raw_text) - octet_length(OLD.redacted_text)
        WHERE user_id = NEW.user_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER resumes_usage AFTER INSERT OR DELETE OR UPDATE OF raw_text, redacted_text ON resumes
    FOR EACH ROW EXECUTE FUNCTION user_usage_count_document();
CREATE TRIGGER job_descriptions_usage AFTER INSERT OR DELETE OR UPDATE OF raw_text, redacted_text ON job_descriptions
    FOR EACH ROW EXECUTE FUNCTION user_usage_count_document();

-- Generated resumes per analysis, kept the same way; a save that checks the
-- quota locks the analysis row.
ALTER TABLE analyses ADD COLUMN generated_count integer NOT NULL DEFAULT 0;
UPDATE analyses a SET generated_count = (SELECT count(*) FROM generated_resumes g WHERE g.analysis_id = a.id)
WHERE EXISTS (SELECT 1 FROM generated_resumes g WHERE g.analysis_id = a.id);

CREATE FUNCTION analyses_count_generated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE analyses SET generated_count = generated_count + 1 WHERE id = NEW.analysis_id;
    ELSE
        UPDATE analyses SET generated_count = generated_count - 1 WHERE id = OLD.analysis_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER generated_resumes_count AFTER INSERT OR DELETE ON generated_resumes
    FOR EACH ROW EXECUTE FUNCTION analyses_count_generated();

-- Failed Authenticate calls per e-mail address in the current window.
-- `email_key` is an HMAC of the lower-cased address (no address is stored
-- here, not even one without an account).
CREATE TABLE authentication_failures (
    email_key    bytea       PRIMARY KEY,
    window_start timestamptz NOT NULL,
    failures     integer     NOT NULL CHECK (failures >= 0)
);
CREATE INDEX authentication_failures_window_idx ON authentication_failures (window_start);

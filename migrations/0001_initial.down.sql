DROP TABLE generated_resumes;
DROP TABLE analyses;
DROP TABLE job_descriptions;
DROP TABLE resumes;
DROP TABLE users;
DROP FUNCTION set_updated_at();

from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Analysis(_message.Message):
    __slots__ = ["analyzer_version", "cached", "created_at", "id", "job_description_id", "match_score", "matched_keywords", "missing_keywords", "resume_id", "resume_version", "semantic_similarity", "suggestions", "user_id"]
    ANALYZER_VERSION_FIELD_NUMBER: _ClassVar[int]
    CACHED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    JOB_DESCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    MATCHED_KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    MATCH_SCORE_FIELD_NUMBER: _ClassVar[int]
    MISSING_KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    RESUME_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_VERSION_FIELD_NUMBER: _ClassVar[int]
    SEMANTIC_SIMILARITY_FIELD_NUMBER: _ClassVar[int]
    SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    analyzer_version: int
    cached: bool
    created_at: int
    id: str
    job_description_id: str
    match_score: float
    matched_keywords: _containers.RepeatedScalarFieldContainer[str]
    missing_keywords: _containers.RepeatedScalarFieldContainer[str]
    resume_id: str
    resume_version: int
    semantic_similarity: float
    suggestions: _containers.RepeatedScalarFieldContainer[str]
    user_id: str
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., resume_id: _Optional[str] = ..., job_description_id: _Optional[str] = ..., resume_version: _Optional[int] = ..., missing_keywords: _Optional[_Iterable[str]] = ..., matched_keywords: _Optional[_Iterable[str]] = ..., suggestions: _Optional[_Iterable[str]] = ..., match_score: _Optional[float] = ..., semantic_similarity: _Optional[float] = ..., analyzer_version: _Optional[int] = ..., created_at: _Optional[int] = ..., cached: bool = ...) -> None: ...

class AnalysisSummary(_message.Message):
    __slots__ = ["analysis", "company_name", "position_title", "resume_title"]
    ANALYSIS_FIELD_NUMBER: _ClassVar[int]
    COMPANY_NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_TITLE_FIELD_NUMBER: _ClassVar[int]
    RESUME_TITLE_FIELD_NUMBER: _ClassVar[int]
    analysis: Analysis
    company_name: str
    position_title: str
    resume_title: str
    def __init__(self, analysis: _Optional[_Union[Analysis, _Mapping]] = ..., resume_title: _Optional[str] = ..., position_title: _Optional[str] = ..., company_name: _Optional[str] = ...) -> None: ...

class AnalyzeResumeRequest(_message.Message):
    __slots__ = ["job_description_id", "resume_id"]
    JOB_DESCRIPTION_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_ID_FIELD_NUMBER: _ClassVar[int]
    job_description_id: str
    resume_id: str
    def __init__(self, resume_id: _Optional[str] = ..., job_description_id: _Optional[str] = ...) -> None: ...

class DeleteAnalysisRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DeleteAnalysisResponse(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class GetAnalysisRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ListAnalysesRequest(_message.Message):
    __slots__ = ["page_size", "page_token", "resume_id"]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESUME_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    resume_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., resume_id: _Optional[str] = ...) -> None: ...

class ListAnalysesResponse(_message.Message):
    __slots__ = ["analyses", "next_page_token"]
    ANALYSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    analyses: _containers.RepeatedCompositeFieldContainer[AnalysisSummary]
    next_page_token: str
    def __init__(self, analyses: _Optional[_Iterable[_Union[AnalysisSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

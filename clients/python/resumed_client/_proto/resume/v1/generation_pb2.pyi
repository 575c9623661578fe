from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DeleteGeneratedResumeRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DeleteGeneratedResumeResponse(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class GeneratedResume(_message.Message):
    __slots__ = ["analysis_id", "created_at", "id", "metadata", "model_used", "optimized_text", "user_id"]
    ANALYSIS_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MODEL_USED_FIELD_NUMBER: _ClassVar[int]
    OPTIMIZED_TEXT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    analysis_id: str
    created_at: int
    id: str
    metadata: GenerationMetadata
    model_used: str
    optimized_text: str
    user_id: str
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., analysis_id: _Optional[str] = ..., optimized_text: _Optional[str] = ..., model_used: _Optional[str] = ..., metadata: _Optional[_Union[GenerationMetadata, _Mapping]] = ..., created_at: _Optional[int] = ...) -> None: ...

class GenerationMetadata(_message.Message):
    __slots__ = ["completion_tokens", "cost_usd", "latency_ms", "prompt_tokens"]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COST_USD_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    completion_tokens: int
    cost_usd: float
    latency_ms: int
    prompt_tokens: int
    def __init__(self, prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., cost_usd: _Optional[float] = ..., latency_ms: _Optional[int] = ...) -> None: ...

class GetGeneratedResumeRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ListGeneratedResumesRequest(_message.Message):
    __slots__ = ["analysis_id", "page_size", "page_token"]
    ANALYSIS_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    analysis_id: str
    page_size: int
    page_token: str
    def __init__(self, analysis_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListGeneratedResumesResponse(_message.Message):
    __slots__ = ["generated_resumes", "next_page_token"]
    GENERATED_RESUMES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    generated_resumes: _containers.RepeatedCompositeFieldContainer[GeneratedResume]
    next_page_token: str
    def __init__(self, generated_resumes: _Optional[_Iterable[_Union[GeneratedResume, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SaveGeneratedResumeRequest(_message.Message):
    __slots__ = ["analysis_id", "metadata", "model_used", "optimized_text", "user_id"]
    ANALYSIS_ID_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MODEL_USED_FIELD_NUMBER: _ClassVar[int]
    OPTIMIZED_TEXT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    analysis_id: str
    metadata: GenerationMetadata
    model_used: str
    optimized_text: str
    user_id: str
    def __init__(self, analysis_id: _Optional[str] = ..., optimized_text: _Optional[str] = ..., model_used: _Optional[str] = ..., metadata: _Optional[_Union[GenerationMetadata, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateJobDescriptionRequest(_message.Message):
    __slots__ = ["company_name", "position_title", "raw_text"]
    COMPANY_NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_TITLE_FIELD_NUMBER: _ClassVar[int]
    RAW_TEXT_FIELD_NUMBER: _ClassVar[int]
    company_name: str
    position_title: str
    raw_text: str
    def __init__(self, company_name: _Optional[str] = ..., position_title: _Optional[str] = ..., raw_text: _Optional[str] = ...) -> None: ...

class DeleteJobDescriptionRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DeleteJobDescriptionResponse(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class GetJobDescriptionRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class JobDescription(_message.Message):
    __slots__ = ["company_name", "created_at", "id", "position_title", "raw_text", "redacted_text", "user_id"]
    COMPANY_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_TITLE_FIELD_NUMBER: _ClassVar[int]
    RAW_TEXT_FIELD_NUMBER: _ClassVar[int]
    REDACTED_TEXT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    company_name: str
    created_at: int
    id: str
    position_title: str
    raw_text: str
    redacted_text: str
    user_id: str
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., company_name: _Optional[str] = ..., position_title: _Optional[str] = ..., raw_text: _Optional[str] = ..., redacted_text: _Optional[str] = ..., created_at: _Optional[int] = ...) -> None: ...

class ListJobDescriptionsRequest(_message.Message):
    __slots__ = ["page_size", "page_token"]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListJobDescriptionsResponse(_message.Message):
    __slots__ = ["job_descriptions", "next_page_token"]
    JOB_DESCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    job_descriptions: _containers.RepeatedCompositeFieldContainer[JobDescription]
    next_page_token: str
    def __init__(self, job_descriptions: _Optional[_Iterable[_Union[JobDescription, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

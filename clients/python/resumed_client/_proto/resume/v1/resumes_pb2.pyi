from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateResumeRequest(_message.Message):
    __slots__ = ["raw_text", "title"]
    RAW_TEXT_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    raw_text: str
    title: str
    def __init__(self, title: _Optional[str] = ..., raw_text: _Optional[str] = ...) -> None: ...

class DeleteResumeRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DeleteResumeResponse(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class GetResumeRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ListResumesRequest(_message.Message):
    __slots__ = ["page_size", "page_token"]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListResumesResponse(_message.Message):
    __slots__ = ["next_page_token", "resumes"]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESUMES_FIELD_NUMBER: _ClassVar[int]
    next_page_token: str
    resumes: _containers.RepeatedCompositeFieldContainer[Resume]
    def __init__(self, resumes: _Optional[_Iterable[_Union[Resume, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class Resume(_message.Message):
    __slots__ = ["created_at", "id", "raw_text", "redacted_text", "title", "updated_at", "user_id", "version"]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RAW_TEXT_FIELD_NUMBER: _ClassVar[int]
    REDACTED_TEXT_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    created_at: int
    id: str
    raw_text: str
    redacted_text: str
    title: str
    updated_at: int
    user_id: str
    version: int
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., title: _Optional[str] = ..., raw_text: _Optional[str] = ..., redacted_text: _Optional[str] = ..., version: _Optional[int] = ..., created_at: _Optional[int] = ..., updated_at: _Optional[int] = ...) -> None: ...

class UpdateResumeRequest(_message.Message):
    __slots__ = ["expected_version", "id", "raw_text", "title"]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RAW_TEXT_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    expected_version: int
    id: str
    raw_text: str
    title: str
    def __init__(self, id: _Optional[str] = ..., expected_version: _Optional[int] = ..., title: _Optional[str] = ..., raw_text: _Optional[str] = ...) -> None: ...

from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CachePolicyStats(_message.Message):
    __slots__ = ["breaker_state", "errors", "evictions", "hits", "invalidations", "misses", "near_hits", "policy", "sets"]
    BREAKER_STATE_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    EVICTIONS_FIELD_NUMBER: _ClassVar[int]
    HITS_FIELD_NUMBER: _ClassVar[int]
    INVALIDATIONS_FIELD_NUMBER: _ClassVar[int]
    MISSES_FIELD_NUMBER: _ClassVar[int]
    NEAR_HITS_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    SETS_FIELD_NUMBER: _ClassVar[int]
    breaker_state: str
    errors: int
    evictions: int
    hits: int
    invalidations: int
    misses: int
    near_hits: int
    policy: str
    sets: int
    def __init__(self, policy: _Optional[str] = ..., hits: _Optional[int] = ..., misses: _Optional[int] = ..., errors: _Optional[int] = ..., sets: _Optional[int] = ..., invalidations: _Optional[int] = ..., near_hits: _Optional[int] = ..., evictions: _Optional[int] = ..., breaker_state: _Optional[str] = ...) -> None: ...

class DatabasePoolStats(_message.Message):
    __slots__ = ["batches", "checkout_timeouts", "closed", "idle", "in_use", "open", "opened", "opening", "overflow", "replaced", "statements", "waiting"]
    BATCHES_FIELD_NUMBER: _ClassVar[int]
    CHECKOUT_TIMEOUTS_FIELD_NUMBER: _ClassVar[int]
    CLOSED_FIELD_NUMBER: _ClassVar[int]
    IDLE_FIELD_NUMBER: _ClassVar[int]
    IN_USE_FIELD_NUMBER: _ClassVar[int]
    OPENED_FIELD_NUMBER: _ClassVar[int]
    OPENING_FIELD_NUMBER: _ClassVar[int]
    OPEN_FIELD_NUMBER: _ClassVar[int]
    OVERFLOW_FIELD_NUMBER: _ClassVar[int]
    REPLACED_FIELD_NUMBER: _ClassVar[int]
    STATEMENTS_FIELD_NUMBER: _ClassVar[int]
    WAITING_FIELD_NUMBER: _ClassVar[int]
    batches: int
    checkout_timeouts: int
    closed: int
    idle: int
    in_use: int
    open: int
    opened: int
    opening: int
    overflow: int
    replaced: int
    statements: int
    waiting: int
    def __init__(self, open: _Optional[int] = ..., opening: _Optional[int] = ..., in_use: _Optional[int] = ..., idle: _Optional[int] = ..., overflow: _Optional[int] = ..., waiting: _Optional[int] = ..., checkout_timeouts: _Optional[int] = ..., opened: _Optional[int] = ..., closed: _Optional[int] = ..., replaced: _Optional[int] = ..., statements: _Optional[int] = ..., batches: _Optional[int] = ...) -> None: ...

class GetStatsRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class GetStatsResponse(_message.Message):
    __slots__ = ["cache", "calls_in_flight", "connections_open", "database", "latency_bounds_us", "methods", "uptime_ms"]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    CALLS_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    CONNECTIONS_OPEN_FIELD_NUMBER: _ClassVar[int]
    DATABASE_FIELD_NUMBER: _ClassVar[int]
    LATENCY_BOUNDS_US_FIELD_NUMBER: _ClassVar[int]
    METHODS_FIELD_NUMBER: _ClassVar[int]
    UPTIME_MS_FIELD_NUMBER: _ClassVar[int]
    cache: _containers.RepeatedCompositeFieldContainer[CachePolicyStats]
    calls_in_flight: int
    connections_open: int
    database: DatabasePoolStats
    latency_bounds_us: _containers.RepeatedScalarFieldContainer[int]
    methods: _containers.RepeatedCompositeFieldContainer[MethodStats]
    uptime_ms: int
    def __init__(self, methods: _Optional[_Iterable[_Union[MethodStats, _Mapping]]] = ..., latency_bounds_us: _Optional[_Iterable[int]] = ..., database: _Optional[_Union[DatabasePoolStats, _Mapping]] = ..., cache: _Optional[_Iterable[_Union[CachePolicyStats, _Mapping]]] = ..., connections_open: _Optional[int] = ..., calls_in_flight: _Optional[int] = ..., uptime_ms: _Optional[int] = ...) -> None: ...

class MethodStats(_message.Message):
    __slots__ = ["calls", "code", "latency_buckets", "latency_max_us", "latency_sum_us", "method"]
    CALLS_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    LATENCY_BUCKETS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MAX_US_FIELD_NUMBER: _ClassVar[int]
    LATENCY_SUM_US_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    calls: int
    code: str
    latency_buckets: _containers.RepeatedScalarFieldContainer[int]
    latency_max_us: int
    latency_sum_us: int
    method: str
    def __init__(self, method: _Optional[str] = ..., code: _Optional[str] = ..., calls: _Optional[int] = ..., latency_sum_us: _Optional[int] = ..., latency_max_us: _Optional[int] = ..., latency_buckets: _Optional[_Iterable[int]] = ...) -> None: ...

class RewriteRedactionsRequest(_message.Message):
    __slots__ = ["cursor", "max_documents"]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    MAX_DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    cursor: str
    max_documents: int
    def __init__(self, cursor: _Optional[str] = ..., max_documents: _Optional[int] = ...) -> None: ...

class RewriteRedactionsResponse(_message.Message):
    __slots__ = ["analyses_retired", "cursor", "examined", "redactor_version", "rewritten", "skipped", "unchanged"]
    ANALYSES_RETIRED_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    EXAMINED_FIELD_NUMBER: _ClassVar[int]
    REDACTOR_VERSION_FIELD_NUMBER: _ClassVar[int]
    REWRITTEN_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    analyses_retired: int
    cursor: str
    examined: int
    redactor_version: int
    rewritten: int
    skipped: int
    unchanged: int
    def __init__(self, examined: _Optional[int] = ..., rewritten: _Optional[int] = ..., unchanged: _Optional[int] = ..., skipped: _Optional[int] = ..., analyses_retired: _Optional[int] = ..., cursor: _Optional[str] = ..., redactor_version: _Optional[int] = ...) -> None: ...

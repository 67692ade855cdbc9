from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GroupKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GROUP_UNSPECIFIED: _ClassVar[GroupKind]
    GROUP_GUILD: _ClassVar[GroupKind]
    GROUP_TEAM: _ClassVar[GroupKind]

class GuildRank(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GUILD_RANK_NONE: _ClassVar[GuildRank]
    GUILD_RANK_MEMBER: _ClassVar[GuildRank]
    GUILD_RANK_OFFICER: _ClassVar[GuildRank]
    GUILD_RANK_LEADER: _ClassVar[GuildRank]

class TradeOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRADE_UNSPECIFIED: _ClassVar[TradeOutcome]
    TRADE_ACCEPTED: _ClassVar[TradeOutcome]
    TRADE_DECLINED: _ClassVar[TradeOutcome]
    TRADE_EXPIRED: _ClassVar[TradeOutcome]
    TRADE_FAILED: _ClassVar[TradeOutcome]

class ErrorCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_UNSPECIFIED: _ClassVar[ErrorCode]
    ERROR_BAD_FRAME: _ClassVar[ErrorCode]
    ERROR_UNKNOWN_MESSAGE: _ClassVar[ErrorCode]
    ERROR_UNSUPPORTED_VERSION: _ClassVar[ErrorCode]
    ERROR_NOT_LOGGED_IN: _ClassVar[ErrorCode]
    ERROR_AUTH_FAILED: _ClassVar[ErrorCode]
    ERROR_RATE_LIMITED: _ClassVar[ErrorCode]
    ERROR_TIMEOUT: _ClassVar[ErrorCode]
    ERROR_OVERLOADED: _ClassVar[ErrorCode]
    ERROR_SESSION_EXPIRED: _ClassVar[ErrorCode]
    ERROR_SLOW_READER: _ClassVar[ErrorCode]
    ERROR_IDLE: _ClassVar[ErrorCode]
    ERROR_SHUTTING_DOWN: _ClassVar[ErrorCode]
    ERROR_INVALID: _ClassVar[ErrorCode]
    ERROR_INTERNAL: _ClassVar[ErrorCode]
    ERROR_REPLACED: _ClassVar[ErrorCode]
    ERROR_UNAVAILABLE: _ClassVar[ErrorCode]
GROUP_UNSPECIFIED: GroupKind
GROUP_GUILD: GroupKind
GROUP_TEAM: GroupKind
GUILD_RANK_NONE: GuildRank
GUILD_RANK_MEMBER: GuildRank
GUILD_RANK_OFFICER: GuildRank
GUILD_RANK_LEADER: GuildRank
TRADE_UNSPECIFIED: TradeOutcome
TRADE_ACCEPTED: TradeOutcome
TRADE_DECLINED: TradeOutcome
TRADE_EXPIRED: TradeOutcome
TRADE_FAILED: TradeOutcome
ERROR_UNSPECIFIED: ErrorCode
ERROR_BAD_FRAME: ErrorCode
ERROR_UNKNOWN_MESSAGE: ErrorCode
ERROR_UNSUPPORTED_VERSION: ErrorCode
ERROR_NOT_LOGGED_IN: ErrorCode
ERROR_AUTH_FAILED: ErrorCode
ERROR_RATE_LIMITED: ErrorCode
ERROR_TIMEOUT: ErrorCode
ERROR_OVERLOADED: ErrorCode
ERROR_SESSION_EXPIRED: ErrorCode
ERROR_SLOW_READER: ErrorCode
ERROR_IDLE: ErrorCode
ERROR_SHUTTING_DOWN: ErrorCode
ERROR_INVALID: ErrorCode
ERROR_INTERNAL: ErrorCode
ERROR_REPLACED: ErrorCode
ERROR_UNAVAILABLE: ErrorCode

class Hello(_message.Message):
    __slots__ = ("protocol_version", "client")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    CLIENT_FIELD_NUMBER: _ClassVar[int]
    protocol_version: int
    client: str
    def __init__(self, protocol_version: _Optional[int] = ..., client: _Optional[str] = ...) -> None: ...

class Login(_message.Message):
    __slots__ = ("user", "password", "resume_token", "last_seq")
    USER_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQ_FIELD_NUMBER: _ClassVar[int]
    user: str
    password: str
    resume_token: bytes
    last_seq: int
    def __init__(self, user: _Optional[str] = ..., password: _Optional[str] = ..., resume_token: _Optional[bytes] = ..., last_seq: _Optional[int] = ...) -> None: ...

class Request(_message.Message):
    __slots__ = ("id", "echo", "move", "whisper", "heavy", "join_group", "group_say", "trade_offer", "trade_answer", "battle_join", "battle_action", "battle_leave", "inventory", "use_item", "guild_info", "set_guild_rank", "guild_bank", "leave_group")
    ID_FIELD_NUMBER: _ClassVar[int]
    ECHO_FIELD_NUMBER: _ClassVar[int]
    MOVE_FIELD_NUMBER: _ClassVar[int]
    WHISPER_FIELD_NUMBER: _ClassVar[int]
    HEAVY_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_FIELD_NUMBER: _ClassVar[int]
    GROUP_SAY_FIELD_NUMBER: _ClassVar[int]
    TRADE_OFFER_FIELD_NUMBER: _ClassVar[int]
    TRADE_ANSWER_FIELD_NUMBER: _ClassVar[int]
    BATTLE_JOIN_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ACTION_FIELD_NUMBER: _ClassVar[int]
    BATTLE_LEAVE_FIELD_NUMBER: _ClassVar[int]
    INVENTORY_FIELD_NUMBER: _ClassVar[int]
    USE_ITEM_FIELD_NUMBER: _ClassVar[int]
    GUILD_INFO_FIELD_NUMBER: _ClassVar[int]
    SET_GUILD_RANK_FIELD_NUMBER: _ClassVar[int]
    GUILD_BANK_FIELD_NUMBER: _ClassVar[int]
    LEAVE_GROUP_FIELD_NUMBER: _ClassVar[int]
    id: int
    echo: Echo
    move: Move
    whisper: Whisper
    heavy: Heavy
    join_group: JoinGroup
    group_say: GroupSay
    trade_offer: TradeOffer
    trade_answer: TradeAnswer
    battle_join: BattleJoin
    battle_action: BattleAction
    battle_leave: BattleLeave
    inventory: Inventory
    use_item: UseItem
    guild_info: GuildInfo
    set_guild_rank: SetGuildRank
    guild_bank: GuildBank
    leave_group: LeaveGroup
    def __init__(self, id: _Optional[int] = ..., echo: _Optional[_Union[Echo, _Mapping]] = ..., move: _Optional[_Union[Move, _Mapping]] = ..., whisper: _Optional[_Union[Whisper, _Mapping]] = ..., heavy: _Optional[_Union[Heavy, _Mapping]] = ..., join_group: _Optional[_Union[JoinGroup, _Mapping]] = ..., group_say: _Optional[_Union[GroupSay, _Mapping]] = ..., trade_offer: _Optional[_Union[TradeOffer, _Mapping]] = ..., trade_answer: _Optional[_Union[TradeAnswer, _Mapping]] = ..., battle_join: _Optional[_Union[BattleJoin, _Mapping]] = ..., battle_action: _Optional[_Union[BattleAction, _Mapping]] = ..., battle_leave: _Optional[_Union[BattleLeave, _Mapping]] = ..., inventory: _Optional[_Union[Inventory, _Mapping]] = ..., use_item: _Optional[_Union[UseItem, _Mapping]] = ..., guild_info: _Optional[_Union[GuildInfo, _Mapping]] = ..., set_guild_rank: _Optional[_Union[SetGuildRank, _Mapping]] = ..., guild_bank: _Optional[_Union[GuildBank, _Mapping]] = ..., leave_group: _Optional[_Union[LeaveGroup, _Mapping]] = ...) -> None: ...

class Logout(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Ping(_message.Message):
    __slots__ = ("nonce",)
    NONCE_FIELD_NUMBER: _ClassVar[int]
    nonce: int
    def __init__(self, nonce: _Optional[int] = ...) -> None: ...

class Echo(_message.Message):
    __slots__ = ("payload",)
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    payload: bytes
    def __init__(self, payload: _Optional[bytes] = ...) -> None: ...

class Move(_message.Message):
    __slots__ = ("x", "y")
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    x: int
    y: int
    def __init__(self, x: _Optional[int] = ..., y: _Optional[int] = ...) -> None: ...

class Whisper(_message.Message):
    __slots__ = ("to_player", "text")
    TO_PLAYER_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    to_player: int
    text: str
    def __init__(self, to_player: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Heavy(_message.Message):
    __slots__ = ("work",)
    WORK_FIELD_NUMBER: _ClassVar[int]
    work: int
    def __init__(self, work: _Optional[int] = ...) -> None: ...

class JoinGroup(_message.Message):
    __slots__ = ("kind", "group")
    KIND_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    kind: GroupKind
    group: int
    def __init__(self, kind: _Optional[_Union[GroupKind, str]] = ..., group: _Optional[int] = ...) -> None: ...

class LeaveGroup(_message.Message):
    __slots__ = ("kind",)
    KIND_FIELD_NUMBER: _ClassVar[int]
    kind: GroupKind
    def __init__(self, kind: _Optional[_Union[GroupKind, str]] = ...) -> None: ...

class GuildInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetGuildRank(_message.Message):
    __slots__ = ("player", "rank")
    PLAYER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    player: int
    rank: GuildRank
    def __init__(self, player: _Optional[int] = ..., rank: _Optional[_Union[GuildRank, str]] = ...) -> None: ...

class GuildBank(_message.Message):
    __slots__ = ("withdraw", "items", "gold")
    WITHDRAW_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    GOLD_FIELD_NUMBER: _ClassVar[int]
    withdraw: bool
    items: _containers.RepeatedCompositeFieldContainer[ItemStack]
    gold: int
    def __init__(self, withdraw: _Optional[bool] = ..., items: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., gold: _Optional[int] = ...) -> None: ...

class GroupSay(_message.Message):
    __slots__ = ("kind", "text")
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    kind: GroupKind
    text: str
    def __init__(self, kind: _Optional[_Union[GroupKind, str]] = ..., text: _Optional[str] = ...) -> None: ...

class TradeOffer(_message.Message):
    __slots__ = ("to_player", "item", "give", "give_gold", "want", "want_gold")
    TO_PLAYER_FIELD_NUMBER: _ClassVar[int]
    ITEM_FIELD_NUMBER: _ClassVar[int]
    GIVE_FIELD_NUMBER: _ClassVar[int]
    GIVE_GOLD_FIELD_NUMBER: _ClassVar[int]
    WANT_FIELD_NUMBER: _ClassVar[int]
    WANT_GOLD_FIELD_NUMBER: _ClassVar[int]
    to_player: int
    item: str
    give: _containers.RepeatedCompositeFieldContainer[ItemStack]
    give_gold: int
    want: _containers.RepeatedCompositeFieldContainer[ItemStack]
    want_gold: int
    def __init__(self, to_player: _Optional[int] = ..., item: _Optional[str] = ..., give: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., give_gold: _Optional[int] = ..., want: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., want_gold: _Optional[int] = ...) -> None: ...

class TradeAnswer(_message.Message):
    __slots__ = ("from_player", "offer_id", "accept")
    FROM_PLAYER_FIELD_NUMBER: _ClassVar[int]
    OFFER_ID_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_FIELD_NUMBER: _ClassVar[int]
    from_player: int
    offer_id: int
    accept: bool
    def __init__(self, from_player: _Optional[int] = ..., offer_id: _Optional[int] = ..., accept: _Optional[bool] = ...) -> None: ...

class BattleJoin(_message.Message):
    __slots__ = ("battle_id",)
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    def __init__(self, battle_id: _Optional[int] = ...) -> None: ...

class BattleAction(_message.Message):
    __slots__ = ("skill",)
    SKILL_FIELD_NUMBER: _ClassVar[int]
    skill: int
    def __init__(self, skill: _Optional[int] = ...) -> None: ...

class BattleLeave(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Inventory(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Welcome(_message.Message):
    __slots__ = ("protocol_version", "frame_bytes_max", "requests_per_s")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    FRAME_BYTES_MAX_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_PER_S_FIELD_NUMBER: _ClassVar[int]
    protocol_version: int
    frame_bytes_max: int
    requests_per_s: int
    def __init__(self, protocol_version: _Optional[int] = ..., frame_bytes_max: _Optional[int] = ..., requests_per_s: _Optional[int] = ...) -> None: ...

class LoginOk(_message.Message):
    __slots__ = ("player_id", "session_token", "resumed", "resend_from")
    PLAYER_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RESUMED_FIELD_NUMBER: _ClassVar[int]
    RESEND_FROM_FIELD_NUMBER: _ClassVar[int]
    player_id: int
    session_token: bytes
    resumed: bool
    resend_from: int
    def __init__(self, player_id: _Optional[int] = ..., session_token: _Optional[bytes] = ..., resumed: _Optional[bool] = ..., resend_from: _Optional[int] = ...) -> None: ...

class Reply(_message.Message):
    __slots__ = ("id", "seq", "echo", "moved", "done", "heavy", "trade_opened", "battle_joined", "battle_hit", "inventory", "guild")
    ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    ECHO_FIELD_NUMBER: _ClassVar[int]
    MOVED_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    HEAVY_FIELD_NUMBER: _ClassVar[int]
    TRADE_OPENED_FIELD_NUMBER: _ClassVar[int]
    BATTLE_JOINED_FIELD_NUMBER: _ClassVar[int]
    BATTLE_HIT_FIELD_NUMBER: _ClassVar[int]
    INVENTORY_FIELD_NUMBER: _ClassVar[int]
    GUILD_FIELD_NUMBER: _ClassVar[int]
    id: int
    seq: int
    echo: Echo
    moved: Moved
    done: Done
    heavy: HeavyResult
    trade_opened: TradeOpened
    battle_joined: BattleJoined
    battle_hit: BattleHit
    inventory: InventoryState
    guild: GuildState
    def __init__(self, id: _Optional[int] = ..., seq: _Optional[int] = ..., echo: _Optional[_Union[Echo, _Mapping]] = ..., moved: _Optional[_Union[Moved, _Mapping]] = ..., done: _Optional[_Union[Done, _Mapping]] = ..., heavy: _Optional[_Union[HeavyResult, _Mapping]] = ..., trade_opened: _Optional[_Union[TradeOpened, _Mapping]] = ..., battle_joined: _Optional[_Union[BattleJoined, _Mapping]] = ..., battle_hit: _Optional[_Union[BattleHit, _Mapping]] = ..., inventory: _Optional[_Union[InventoryState, _Mapping]] = ..., guild: _Optional[_Union[GuildState, _Mapping]] = ...) -> None: ...

class UseItem(_message.Message):
    __slots__ = ("item", "count")
    ITEM_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    item: int
    count: int
    def __init__(self, item: _Optional[int] = ..., count: _Optional[int] = ...) -> None: ...

class ItemStack(_message.Message):
    __slots__ = ("item", "count")
    ITEM_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    item: int
    count: int
    def __init__(self, item: _Optional[int] = ..., count: _Optional[int] = ...) -> None: ...

class InventoryState(_message.Message):
    __slots__ = ("gold", "xp", "level", "x", "y", "items", "guild", "team")
    GOLD_FIELD_NUMBER: _ClassVar[int]
    XP_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    GUILD_FIELD_NUMBER: _ClassVar[int]
    TEAM_FIELD_NUMBER: _ClassVar[int]
    gold: int
    xp: int
    level: int
    x: int
    y: int
    items: _containers.RepeatedCompositeFieldContainer[ItemStack]
    guild: int
    team: int
    def __init__(self, gold: _Optional[int] = ..., xp: _Optional[int] = ..., level: _Optional[int] = ..., x: _Optional[int] = ..., y: _Optional[int] = ..., items: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., guild: _Optional[int] = ..., team: _Optional[int] = ...) -> None: ...

class GuildState(_message.Message):
    __slots__ = ("guild", "members", "bank_gold", "bank_items")
    GUILD_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    BANK_GOLD_FIELD_NUMBER: _ClassVar[int]
    BANK_ITEMS_FIELD_NUMBER: _ClassVar[int]
    guild: int
    members: _containers.RepeatedCompositeFieldContainer[GuildMember]
    bank_gold: int
    bank_items: _containers.RepeatedCompositeFieldContainer[ItemStack]
    def __init__(self, guild: _Optional[int] = ..., members: _Optional[_Iterable[_Union[GuildMember, _Mapping]]] = ..., bank_gold: _Optional[int] = ..., bank_items: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ...) -> None: ...

class GuildMember(_message.Message):
    __slots__ = ("player", "rank", "online")
    PLAYER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    ONLINE_FIELD_NUMBER: _ClassVar[int]
    player: int
    rank: GuildRank
    online: bool
    def __init__(self, player: _Optional[int] = ..., rank: _Optional[_Union[GuildRank, str]] = ..., online: _Optional[bool] = ...) -> None: ...

class BattleJoined(_message.Message):
    __slots__ = ("battle_id", "monsters")
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    MONSTERS_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    monsters: int
    def __init__(self, battle_id: _Optional[int] = ..., monsters: _Optional[int] = ...) -> None: ...

class BattleHit(_message.Message):
    __slots__ = ("damage", "monster_hp", "monsters_left")
    DAMAGE_FIELD_NUMBER: _ClassVar[int]
    MONSTER_HP_FIELD_NUMBER: _ClassVar[int]
    MONSTERS_LEFT_FIELD_NUMBER: _ClassVar[int]
    damage: int
    monster_hp: int
    monsters_left: int
    def __init__(self, damage: _Optional[int] = ..., monster_hp: _Optional[int] = ..., monsters_left: _Optional[int] = ...) -> None: ...

class TradeOpened(_message.Message):
    __slots__ = ("offer_id",)
    OFFER_ID_FIELD_NUMBER: _ClassVar[int]
    offer_id: int
    def __init__(self, offer_id: _Optional[int] = ...) -> None: ...

class Moved(_message.Message):
    __slots__ = ("x", "y", "cell")
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    CELL_FIELD_NUMBER: _ClassVar[int]
    x: int
    y: int
    cell: int
    def __init__(self, x: _Optional[int] = ..., y: _Optional[int] = ..., cell: _Optional[int] = ...) -> None: ...

class Done(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HeavyResult(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Push(_message.Message):
    __slots__ = ("seq", "whisper", "group_line", "trade_offered", "trade_closed", "battle_ended", "aoi", "group_left")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    WHISPER_FIELD_NUMBER: _ClassVar[int]
    GROUP_LINE_FIELD_NUMBER: _ClassVar[int]
    TRADE_OFFERED_FIELD_NUMBER: _ClassVar[int]
    TRADE_CLOSED_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ENDED_FIELD_NUMBER: _ClassVar[int]
    AOI_FIELD_NUMBER: _ClassVar[int]
    GROUP_LEFT_FIELD_NUMBER: _ClassVar[int]
    seq: int
    whisper: WhisperLine
    group_line: GroupLine
    trade_offered: TradeOffered
    trade_closed: TradeClosed
    battle_ended: BattleEnded
    aoi: Aoi
    group_left: GroupLeft
    def __init__(self, seq: _Optional[int] = ..., whisper: _Optional[_Union[WhisperLine, _Mapping]] = ..., group_line: _Optional[_Union[GroupLine, _Mapping]] = ..., trade_offered: _Optional[_Union[TradeOffered, _Mapping]] = ..., trade_closed: _Optional[_Union[TradeClosed, _Mapping]] = ..., battle_ended: _Optional[_Union[BattleEnded, _Mapping]] = ..., aoi: _Optional[_Union[Aoi, _Mapping]] = ..., group_left: _Optional[_Union[GroupLeft, _Mapping]] = ...) -> None: ...

class GroupLeft(_message.Message):
    __slots__ = ("kind", "group", "reason")
    KIND_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    kind: GroupKind
    group: int
    reason: str
    def __init__(self, kind: _Optional[_Union[GroupKind, str]] = ..., group: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class Aoi(_message.Message):
    __slots__ = ("seen", "gone")
    SEEN_FIELD_NUMBER: _ClassVar[int]
    GONE_FIELD_NUMBER: _ClassVar[int]
    seen: _containers.RepeatedCompositeFieldContainer[Seen]
    gone: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, seen: _Optional[_Iterable[_Union[Seen, _Mapping]]] = ..., gone: _Optional[_Iterable[int]] = ...) -> None: ...

class Seen(_message.Message):
    __slots__ = ("player", "x", "y")
    PLAYER_FIELD_NUMBER: _ClassVar[int]
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    player: int
    x: int
    y: int
    def __init__(self, player: _Optional[int] = ..., x: _Optional[int] = ..., y: _Optional[int] = ...) -> None: ...

class BattleEnded(_message.Message):
    __slots__ = ("battle_id", "outcome", "reward_xp", "reward_items")
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REWARD_XP_FIELD_NUMBER: _ClassVar[int]
    REWARD_ITEMS_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    outcome: str
    reward_xp: int
    reward_items: _containers.RepeatedCompositeFieldContainer[ItemStack]
    def __init__(self, battle_id: _Optional[int] = ..., outcome: _Optional[str] = ..., reward_xp: _Optional[int] = ..., reward_items: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ...) -> None: ...

class TradeOffered(_message.Message):
    __slots__ = ("from_player", "offer_id", "item", "give", "give_gold", "want", "want_gold")
    FROM_PLAYER_FIELD_NUMBER: _ClassVar[int]
    OFFER_ID_FIELD_NUMBER: _ClassVar[int]
    ITEM_FIELD_NUMBER: _ClassVar[int]
    GIVE_FIELD_NUMBER: _ClassVar[int]
    GIVE_GOLD_FIELD_NUMBER: _ClassVar[int]
    WANT_FIELD_NUMBER: _ClassVar[int]
    WANT_GOLD_FIELD_NUMBER: _ClassVar[int]
    from_player: int
    offer_id: int
    item: str
    give: _containers.RepeatedCompositeFieldContainer[ItemStack]
    give_gold: int
    want: _containers.RepeatedCompositeFieldContainer[ItemStack]
    want_gold: int
    def __init__(self, from_player: _Optional[int] = ..., offer_id: _Optional[int] = ..., item: _Optional[str] = ..., give: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., give_gold: _Optional[int] = ..., want: _Optional[_Iterable[_Union[ItemStack, _Mapping]]] = ..., want_gold: _Optional[int] = ...) -> None: ...

class TradeClosed(_message.Message):
    __slots__ = ("from_player", "to_player", "offer_id", "outcome", "reason")
    FROM_PLAYER_FIELD_NUMBER: _ClassVar[int]
    TO_PLAYER_FIELD_NUMBER: _ClassVar[int]
    OFFER_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    from_player: int
    to_player: int
    offer_id: int
    outcome: TradeOutcome
    reason: str
    def __init__(self, from_player: _Optional[int] = ..., to_player: _Optional[int] = ..., offer_id: _Optional[int] = ..., outcome: _Optional[_Union[TradeOutcome, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class GroupLine(_message.Message):
    __slots__ = ("kind", "group", "from_player", "text")
    KIND_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    FROM_PLAYER_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    kind: GroupKind
    group: int
    from_player: int
    text: str
    def __init__(self, kind: _Optional[_Union[GroupKind, str]] = ..., group: _Optional[int] = ..., from_player: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class WhisperLine(_message.Message):
    __slots__ = ("from_player", "text")
    FROM_PLAYER_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    from_player: int
    text: str
    def __init__(self, from_player: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Error(_message.Message):
    __slots__ = ("code", "request_id", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: ErrorCode
    request_id: int
    message: str
    def __init__(self, code: _Optional[_Union[ErrorCode, str]] = ..., request_id: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class Bye(_message.Message):
    __slots__ = ("reason", "message")
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    reason: ErrorCode
    message: str
    def __init__(self, reason: _Optional[_Union[ErrorCode, str]] = ..., message: _Optional[str] = ...) -> None: ...

class Pong(_message.Message):
    __slots__ = ("nonce",)
    NONCE_FIELD_NUMBER: _ClassVar[int]
    nonce: int
    def __init__(self, nonce: _Optional[int] = ...) -> None: ...

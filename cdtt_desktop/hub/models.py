"""The JSON bodies of protocol v1 as pydantic models: checked on the way in, described in /openapi.json."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256, 64 lowercase hex digits")]
ItemId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", description="the item's UUID")]
Kind = Literal["plan", "housing_rules"]
DecisionKind = Literal["received", "returned", "approved"]
UtcTime = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$",
                               description="ISO 8601 in UTC ending in Z")]


class ItemFile(BaseModel):
    sha256: Sha256
    name: str = Field(max_length=255)
    caption: str = Field(max_length=4000)
    role: str = Field(max_length=32)


class ItemBody(BaseModel):
    """An item revision as a unit submits it: a bundle's manifest entry with its data inline."""

    type: Literal["document", "story"]
    kind: str = Field(min_length=1, max_length=32)
    title: str = Field(max_length=2000)
    period: str = Field(max_length=32)
    number_text: str = Field(max_length=200)
    issued_on: str = Field(pattern=r"^(\d{4}-\d{2}-\d{2})?$")
    data: dict[str, Any]
    pdf: Sha256 | None
    files: list[ItemFile] = Field(max_length=2000)
    content_sha256: Sha256

    def attachments(self) -> set[str]:
        return {f.sha256 for f in self.files} | ({self.pdf} if self.pdf else set())


class DecisionIn(BaseModel):
    item_id: ItemId
    revision: int = Field(ge=1)
    decision: DecisionKind
    comment: str = Field(default="", max_length=8000)
    decided_at: UtcTime | None = Field(default=None, description="when the officer decided; default: now")
    decided_by: str = Field(default="", max_length=300, description="the officer's name")


class DecisionsIn(BaseModel):
    decisions: list[DecisionIn] = Field(max_length=1000)


class PublishIn(BaseModel):
    data: dict[str, Any]


class Health(BaseModel):
    ok: bool
    protocol: int


class Whoami(BaseModel):
    code: str
    name: str
    parent: str | None
    reviewer: bool


class Status(BaseModel):
    status: Literal["stored", "unchanged"]
    seq: int | None = None


class AttachmentStatus(BaseModel):
    status: Literal["stored", "unchanged"]
    sha256: str
    size: int


class DecisionOut(BaseModel):
    item_id: str
    revision: int
    decision: DecisionKind
    comment: str
    decided_at: str
    decided_by: str


class DecisionsPage(BaseModel):
    decisions: list[DecisionOut]
    cursor: str
    more: bool


class StoredCount(BaseModel):
    stored: int


class UnitRef(BaseModel):
    code: str
    name: str


class ReviewItem(BaseModel, extra="allow"):
    item_id: str
    revision: int
    unit: UnitRef
    received_at: str


class ReviewPage(BaseModel):
    items: list[ReviewItem]
    cursor: str
    more: bool


class PublishedDocument(BaseModel):
    kind: Kind
    year: int
    data: dict[str, Any]
    version: int
    published_at: str


class PublishedPage(BaseModel):
    documents: list[PublishedDocument]
    cursor: str
    more: bool


class PublishStatus(BaseModel):
    status: Literal["stored", "unchanged"]
    version: int


class ErrorBody(BaseModel):
    error: str
    detail: str
    missing: list[str] | None = None

"""Import: find the header under title rows, map columns by name (synonyms, then the user's remembered
mapping), judge every row before anything is written (new, update, unchanged, rejected with a reason,
skipped 合计/note/blank rows), then upsert by natural key in one transaction with progress and cancel."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.database import Database
from ..core.errors import Cancelled, ValidationError
from ..core.formatting import mask_phone
from ..core.models import new_id
from .bulk import insert_logged
from .kinds import Context, Kind, kind, new_context
from .reading import ExchangeError, Sheet, read_sheet
from .values import phone_key, text_of

HEADER_SCAN = 30
#: rows written per step (progress and cancel are checked between steps)
CHUNK = 1000
TOTAL_MARKS = ("合计", "总计", "小计", "共计")
NOTE_MARKS = ("注", "备注：", "备注:", "说明", "填表", "制表", "审核", "填报", "联系人：", "联系人:", "*")

NEW, UPDATE, SAME, REJECTED, SKIPPED = "new", "update", "same", "rejected", "skipped"
VERDICT_LABELS = {NEW: "新增", UPDATE: "更新", SAME: "无变化", REJECTED: "不导入", SKIPPED: "跳过"}

Progress = Callable[[int, int, str], None]


def header_key(text: Any) -> str:
    """A header cell as compared: NFKC, no spaces, no marks of required (*, （必填）), no units in brackets."""
    t = unicodedata.normalize("NFKC", text_of(text))
    t = re.sub(r"[\s*＊:：]+", "", t)
    t = re.sub(r"[(（\[【]?(必填|选填|可选|必选)[)）\]】]?", "", t)
    return t


def _header_forms(key: str) -> Iterator[str]:
    """A header as written, then without a note in brackets (单位名称（盖章）, 所属社区（居委会）, 联系电话（手机）),
    then with 所在 read as 所属."""
    bare = re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", key)
    for form in dict.fromkeys((key, bare)):
        yield form
        if form.startswith("所在"):
            yield "所属" + form[2:]


@dataclass
class RowVerdict:
    number: int
    verdict: str
    reason: str = ""
    raw: tuple[Any, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)
    #: the existing record for updates
    record_id: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    new_children: set[Any] = field(default_factory=set)
    #: for updates, the values the preview saw in the fields it changes (checked again when writing)
    before: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    kind: Kind
    path: Path
    header_row: int
    headers: list[str]
    #: column index -> field key (None: ignored)
    mapping: dict[int, str | None]
    rows: list[RowVerdict]
    notes: list[str]

    def count(self, verdict: str) -> int:
        return sum(1 for r in self.rows if r.verdict == verdict)

    @property
    def accepted(self) -> int:
        return self.count(NEW) + self.count(UPDATE) + self.count(SAME)

    @property
    def rejected(self) -> list[RowVerdict]:
        return [r for r in self.rows if r.verdict == REJECTED]

    def summary(self) -> str:
        return (f"新增 {self.count(NEW)} 条，更新 {self.count(UPDATE)} 条，无变化 {self.count(SAME)} 条，"
                f"不导入 {self.count(REJECTED)} 条，跳过 {self.count(SKIPPED)} 行")


def guess_mapping(k: Kind, headers: list[Any], remembered: dict[str, str] | None = None) -> dict[int, str | None]:
    """Column index -> field key, by the user's remembered mapping, then header names and synonyms; each field
    is taken by its first column."""
    names: dict[str, str] = {}
    for column in k.columns:
        for name in (column.header, *column.synonyms):
            names.setdefault(header_key(name), column.key)
    remembered = {header_key(h): f for h, f in (remembered or {}).items()}
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = header_key(header)
        target = remembered.get(key) if key in remembered else next(
            (names[form] for form in _header_forms(key) if form in names), None)
        if target and target not in taken:
            mapping[index] = target
            taken.add(target)
        else:
            mapping[index] = None
    return mapping


def find_header(k: Kind, sheet: Sheet, remembered: dict[str, str] | None = None) -> int:
    """Index in ``sheet.rows`` of the header: the row among the first few with the most known names,
    which must include the required columns."""
    best, best_score = -1, 0
    required = {c.key for c in k.columns if c.required}
    for index, row in enumerate(sheet.rows[:HEADER_SCAN]):
        mapped = {v for v in guess_mapping(k, list(row), remembered).values() if v}
        score = len(mapped) + (10 if required <= mapped else 0)
        if score > best_score and len(mapped) >= 2:
            best, best_score = index, score
    if best < 0:
        wanted = "、".join(c.header for c in k.columns if c.required)
        raise ExchangeError(f"在表格前{HEADER_SCAN}行中找不到表头。请确认表格中有一行列名，至少包括：{wanted}。"
                            "也可以先下载模板，按模板填写。")
    return best


def _row_kind(row: tuple[Any, ...], mapping: dict[int, str | None], k: Kind) -> tuple[str, str] | None:
    """("skipped", reason) for a blank, 合计 or note row; None for a data row."""
    filled: list[tuple[int, str]] = []  # the first two non-empty cells (index, text), and whether more follow
    more = False
    for index, value in enumerate(row):
        if value is None or value == "":
            continue
        text = text_of(value)
        if text:
            if len(filled) == 2:
                more = True
                break
            filled.append((index, text))
    if not filled:
        return SKIPPED, "空行"
    first = filled[0][1].replace(" ", "")
    if first.startswith(TOTAL_MARKS) or any(c.replace(" ", "") in TOTAL_MARKS for _, c in filled):
        return SKIPPED, "合计行"
    name_index = next((i for i, f in mapping.items() if f == k.columns[0].key), None)
    if first.startswith(NOTE_MARKS) or (len(filled) == 1 and not more and filled[0][0] != name_index):
        return SKIPPED, "说明行"
    return None


def plan_import(db: Database, kind_code: str, path: str | Path, mapping: dict[int, str | None] | None = None,
                remembered: dict[str, str] | None = None, sheet: Sheet | None = None,
                header_index: int | None = None) -> Plan:
    """Read and judge every row; nothing is written. ``mapping`` overrides the guessed one (the dialog's
    corrections); ``remembered`` is the user's saved mapping of header names."""
    k = kind(kind_code)
    path = Path(path)
    sheet = sheet or read_sheet(path)
    if header_index is None:
        try:
            header_index = find_header(k, sheet, remembered)
        except ExchangeError:
            if mapping is None or not sheet.rows:
                raise
            header_index = 0  # the user said which column is which: the first row is the header
    headers = [text_of(v) for v in sheet.rows[header_index]]
    mapping = mapping if mapping is not None else guess_mapping(k, headers, remembered)
    missing = [c.header for c in k.columns if c.required and c.key not in mapping.values()]
    if missing:
        raise ExchangeError(f"表格中找不到“{'”“'.join(missing)}”列。请在列对应中指定哪一列是{'、'.join(missing)}。")
    ctx = new_context(db, k)
    verdicts = [judge_row(k, ctx, number, row, mapping)
                for number, row in zip(sheet.numbers[header_index + 1:], sheet.rows[header_index + 1:], strict=True)]
    _mark_duplicates(k, verdicts)
    return Plan(k, path, sheet.numbers[header_index], headers, mapping, verdicts, list(sheet.notes))


def _mark_duplicates(k: Kind, verdicts: list[RowVerdict]) -> None:
    first: dict[Any, int] = {}
    for v in verdicts:
        if v.verdict in (NEW, UPDATE, SAME):
            key = k.key(v.values)
            if key in first:
                v.verdict, v.reason = REJECTED, f"与第{first[key]}行是同一{k.noun}（重复），只导入第{first[key]}行"
            else:
                first[key] = v.number


def judge_row(k: Kind, ctx: Context, number: int, row: tuple[Any, ...], mapping: dict[int, str | None]) -> RowVerdict:
    skip = _row_kind(row, mapping, k)
    if skip:
        return RowVerdict(number, skip[0], skip[1], row)
    if any(v == "\x00TOO_LONG" for v in row):
        return RowVerdict(number, REJECTED, "有单元格内容过长（超过32,767个字），请检查该行", tuple(
            "（过长）" if v == "\x00TOO_LONG" else v for v in row))
    raw = {f: row[i] for i, f in mapping.items() if f and i < len(row)}
    try:
        values = k.convert(raw, ctx)
    except ValidationError as exc:
        return RowVerdict(number, REJECTED, _clipped(exc.message), row)
    children = values.pop("_children", set())
    masked: dict[str, str] = values.pop("_masked", {})
    if k.key(values) in ctx.ambiguous:
        return RowVerdict(number, REJECTED, f"库中已有不止一个这样的{k.noun}（名称相同），无法确定更新哪一个，"
                                            f"请先在程序中合并或改名", row)
    found = ctx.existing.get(k.key(values))
    unlike = [text for key, text in masked.items() if found is None or mask_phone(found[1].get(key) or "") != text]
    if unlike:  # a masked phone keeps the number of the record it updates, and only that number
        return RowVerdict(number, REJECTED, f"电话“{unlike[0]}”是隐去了中间几位的号码" + (
            f"，与库中该{k.noun}的号码不符" if found else "") + "，请填写完整号码。", row)
    if found is None and k.key(values) in ctx.deleted:  # held by a unique constraint: give it back
        record_id, current = ctx.deleted[k.key(values)]
        changes = {key: v for key, v in values.items() if current.get(key) != v}
        return RowVerdict(number, UPDATE, "重新加入（曾被移除）", row, values, record_id,
                          {**changes, "deleted_at": None}, set(children), {key: current.get(key) for key in changes})
    if found is None:
        return RowVerdict(number, NEW, "", row, values, None, dict(values), set(children))
    record_id, current = found
    changes = {}
    phones = {c.key for c in k.columns if c.type == "phone"}
    for key, value in values.items():
        if key not in current:
            continue
        if value in ("", None) and key not in ("is_party_member", "in_charity_alliance"):
            continue  # a blank cell keeps what is there
        if key in phones and phone_key(value) == phone_key(current[key]):
            continue  # the same number written another way (138-1234-5678 for 13812345678)
        if current[key] != value:
            changes[key] = value
    new_children = set(children) - ctx.children.get(record_id, set())
    verdict = UPDATE if changes or new_children else SAME
    reason = "、".join(k.column(_column_of(key)).header for key in changes if _column_of(key) in
                      {c.key for c in k.columns})
    if new_children:
        reason = (reason + "、" if reason else "") + f"新增{len(new_children)}项" + (
            "角色" if k.code == "people" else "资源")
    return RowVerdict(number, verdict, ("更新：" + reason) if reason else "", row, values, record_id, changes,
                      new_children, {key: current[key] for key in changes})


def _clipped(reason: str, longest: int = 40) -> str:
    """A reason quoting a long cell (“…”) quotes its first ``longest`` characters: one line per row in the report."""
    return re.sub(f"“([^”]{{{longest + 1},}})”", lambda m: f"“{m[1][:longest]}…”", reason)


def _column_of(field_key: str) -> str:
    return {"street_id": "street", "community_id": "community"}.get(field_key, field_key)


def apply_plan(db: Database, plan: Plan, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Write the plan's new and changed rows in one transaction (one change-log batch). ``Cancelled`` rolls
    everything back. Returns counts by verdict. New records go in by bulk statements (``bulk``), a chunk at
    a time; changed ones through the session, field by field."""
    k = plan.kind
    report = progress or (lambda _d, _t, _m: None)
    todo = [r for r in plan.rows if r.verdict in (NEW, UPDATE)]
    total = len(todo)
    counts = {NEW: 0, UPDATE: 0}

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(f"已取消导入{k.label}，数据未作改动。")

    with db.unit_of_work(f"导入{k.label}") as session:
        _check_still_new(session, plan, todo)
        for start in range(0, total, CHUNK):
            check()
            report(start, total, f"正在导入{k.label}…")
            chunk = todo[start:start + CHUNK]
            new_records: list[dict[str, Any]] = []
            new_children: list[dict[str, Any]] = []
            for row in chunk:
                if row.verdict == NEW:
                    record_id = new_id()
                    new_records.append({**row.values, "id": record_id})
                    if k.child:
                        new_children.extend(k.child(record_id, c) for c in sorted(row.new_children, key=str))
                else:
                    obj = session.get(k.model, row.record_id)
                    if obj is None or (obj.deleted_at is not None and "deleted_at" not in row.changes):
                        raise ExchangeError(f"第{row.number}行要更新的{k.noun}已被删除，请重新预览后再导入。")
                    _check_unchanged_since_preview(k, row, obj)
                    for key, value in row.changes.items():
                        setattr(obj, key, value)
                    for child in sorted(row.new_children, key=str):
                        _add_child(session, k, obj.id, child)
                counts[row.verdict] += 1
            session.flush()
            insert_logged(session, k.model, new_records)
            if k.child_model is not None:
                insert_logged(session, k.child_model, new_children)
        check()
        report(total, total, "正在保存…")
    return counts


def _check_still_new(session: Any, plan: Plan, todo: list[RowVerdict]) -> None:
    """The preview was judged in an earlier session: refuse, inside the write's transaction, rows it found new
    whose record someone has added since (another window, another coordinator, the same file imported twice)
    rather than add them a second time or trip a unique constraint."""
    k = plan.kind
    if not any(row.verdict == NEW for row in todo):
        return
    now = Context()
    k.load(session, now)
    for row in todo:
        key = k.key(row.values) if row.verdict == NEW else None
        if key is not None and (key in now.existing or key in now.ambiguous or key in now.deleted):
            raise ExchangeError(f"第{row.number}行的{k.noun}在预览之后已由他人加入，数据未作改动。"
                                f"请重新预览后再导入。")


def _check_unchanged_since_preview(k: Kind, row: RowVerdict, obj: Any) -> None:
    """Refuse, inside the write's transaction, to overwrite a field someone has changed since the preview."""
    stale = [key for key, seen in row.before.items() if getattr(obj, key) != seen]
    if stale:
        known = {c.key for c in k.columns}
        names = "、".join(dict.fromkeys(k.column(_column_of(key)).header for key in stale if _column_of(key) in known))
        raise ExchangeError(f"第{row.number}行的{k.noun}在预览之后已被他人修改" + (f"（{names}）" if names else "")
                            + "，数据未作改动。请重新预览后再导入。")


def _add_child(session: Any, k: Kind, record_id: str, child: Any) -> None:
    from sqlalchemy import select

    from ..core.models import PersonRole

    if k.code == "people":
        # a role removed earlier is a soft-deleted row: (person, role) is unique, so give it back
        old = session.scalar(select(PersonRole).where(PersonRole.person_id == record_id, PersonRole.role == child))
        if old is not None:
            old.deleted_at = None
            return
    session.add(k.child_model(**k.child(record_id, child)))


def import_file(db: Database, kind_code: str, path: str | Path, *, dry_run: bool = False,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                remembered: dict[str, str] | None = None) -> Plan:
    plan = plan_import(db, kind_code, path, remembered=remembered)
    if not dry_run:
        apply_plan(db, plan, progress, cancelled)
    return plan

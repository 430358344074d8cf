"""The text layer: 避头尾 line breaking for every input, text that never leaves the block nor loses a
character, fonts by role with per-character fallback, CFF fonts converted, registrations cached."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfcheck import check
from pypdf import PdfReader

from coordinator_app.printing import fonts as fonts_module
from coordinator_app.printing.document import Document, Heading, Para, Signature, Title, render
from coordinator_app.printing.fonts import FontSet, MissingGlyphError
from coordinator_app.printing.linebreak import CLOSING, OPENING, break_lines

HANZI = "党建引领社工服务阵地议事会代表接待居民群众诉求办结共建单位资源整合广州越秀区"
PUNCT = "，。、；：？！）】」》”’…—（【「《“‘〖〗〘〙｢｣︵︶﹁﹂｡､"
ASCII_WORDS = ["GB", "9704", "2012", "abc@example.com", "PySide6", "supercalifragilisticexpialidocious" * 2, "A4"]

texts = st.lists(
    st.one_of(
        st.text(alphabet=HANZI, min_size=1, max_size=30),
        st.text(alphabet=PUNCT, min_size=1, max_size=4),
        st.sampled_from(ASCII_WORDS),
        st.just(" "),
    ),
    min_size=1, max_size=40,
).map("".join)


def legal_break_exists(line: str) -> bool:
    """A place where the line could break without a closing mark starting the next line (spaces at a break
    hang at the end of the line) and without an opening mark ending this one."""
    return any(line.lstrip(" ")[:1] not in CLOSING and line[k - 1] not in OPENING and line[k:].strip(" ")
               and line[k:].lstrip(" ")[0] not in CLOSING for k in range(1, len(line)))


@given(texts, st.integers(min_value=3, max_value=28))
def test_break_lines_keeps_every_character_and_fits(text: str, chars: int) -> None:
    advances = [1.0 if not c.isascii() else 0.5 for c in text]
    lines = break_lines(text, advances, float(chars))
    assert "".join(text[line.start:line.end] for line in lines) == text
    for previous, line in zip(lines, lines[1:], strict=False):
        assert line.start == previous.end
        # at most one closing mark pulled in (挤进)
        assert previous.width <= chars + 1.0 + 1e-6
        if text[line.start] in CLOSING:
            # only when the line before had nowhere legal to break
            assert not legal_break_exists(text[previous.start:previous.end + 1]), (text, previous, line)
        if previous.end - previous.start > 1 and text[previous.end - 1] in OPENING:
            assert not legal_break_exists(text[previous.start:previous.end + 1])


#: characters some roles' fonts lack and another installed font draws (CJK Extension A, marks that only some
#: fonts carry, vertical forms, half-width forms) and combining marks (pinyin tones, the kana voicing mark)
RARE = "㐀㐂㐃龘‐†‡‱‴〘〙〚〛〜゠﹅﹆﹇﹈•‧‾︐︑︒｡｢｣､･\u0301\u030c\u3099"
BLOCKS = {"fangsong": lambda text: Para(text), "hei": lambda text: Heading(text, 1),
          "kai": lambda text: Heading(text, 2)}


@pytest.fixture(scope="module")
def fallback_marks(fonts: FontSet) -> dict[str, str]:
    """Per role: the characters of ``RARE`` that the role's own font cannot draw and another installed font
    can, so that lines mix fonts."""
    out = {}
    for role in BLOCKS:
        own = fonts.font(role)
        drawn = []
        for char in RARE:
            try:
                if fonts.font_for(role, char) is not own:
                    drawn.append(char)
            except MissingGlyphError:
                pass
        out[role] = "".join(drawn)
    return out


def with_rare(extra: str) -> st.SearchStrategy[str]:
    """``texts`` with runs of ``extra`` characters mixed in, often next to a closing mark (so that a line
    squeezed to take that mark in also changes font)."""
    return st.lists(
        st.one_of(
            st.text(alphabet=HANZI, min_size=1, max_size=30),
            st.text(alphabet=PUNCT, min_size=1, max_size=4),
            st.text(alphabet=extra, min_size=1, max_size=3),
            st.tuples(st.text(alphabet=extra, min_size=1, max_size=2), st.sampled_from("，。）”…—、")).map("".join),
            st.sampled_from(ASCII_WORDS),
            st.just(" "),
        ),
        min_size=1, max_size=40,
    ).map("".join)


def test_every_role_has_characters_from_a_fallback_font(fallback_marks: dict[str, str]) -> None:
    # what the property test below mixes in; the fonts .ci/run installs give every role some
    assert all(fallback_marks.values()), fallback_marks


# No glyph box beyond the text block (pdfcheck allows 0.05 pt) and no character lost, for any text: Chinese,
# Latin words longer than a line, runs of marks, characters drawn by a fallback font and combining marks.
# About 30 ms an example: 100 examples of up to ~20 lines each, ~3 s (3,000 examples found nothing).
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(role=st.sampled_from(sorted(BLOCKS)), data=st.data())
def test_paragraphs_stay_inside_the_block_and_lose_nothing(fonts: FontSet, fallback_marks: dict[str, str],
                                                           role: str, data: st.DataObject) -> None:
    # a paragraph may itself begin with a mark; the rule is about the lines after
    text = "文" + data.draw(with_rare(fallback_marks[role] or HANZI), label="text")
    pages = check(render(Document("测试", "测试员", [BLOCKS[role](text)]), fonts))
    assert "".join(p.text for p in pages) == "".join(text.split())


def test_a_squeezed_line_that_changes_font_ends_at_the_block_edge(fonts: FontSet) -> None:
    """A line that takes in a closing mark is set tighter (negative character spacing); the strings after a
    change of font (㐀 from a fallback font) or of font subset still start where they should in every
    reader, not where the previous string's spacing left the pen (pdfminer drops the spacing after a
    string's last glyph)."""
    rare = next(c for c in "㐀‱゠" if not fonts.font("fangsong").has(c))
    text = "文" * 12 + rare + "文" * 12 + rare + "，" + "结束"  # 27 characters on a 26-character first line
    pages = check(render(Document("测试", "测试员", [Para(text)]), fonts))
    assert pages[0].text == text


#: brackets and quotes in every form a Chinese text may hold: full-width, white (〖〗, 〘〙, 〚〛), half-width
#: corner brackets (｢｣), vertical presentation forms (︵︶, ﹁﹂, ﹃﹄, ︻︼, ︗︘), small forms (﹙﹚, ﹝﹞),
#: double primes (〝〞) and Western ones
BRACKET_PAIRS = ["（）", "【】", "「」", "『』", "《》", "〈〉", "〔〕", "［］", "｛｝", "“”", "‘’", "〖〗", "〘〙", "〚〛",
                 "｢｣", "｟｠", "〝〞", "︵︶", "︷︸", "︹︺", "︻︼", "︽︾", "︿﹀", "﹁﹂", "﹃﹄", "﹇﹈", "︗︘",
                 "﹙﹚", "﹛﹜", "﹝﹞", "()", "[]", "{}", "«»", "‹›"]
#: marks that close a phrase, in their half-width, small and vertical forms too
CLOSING_MARKS = "，。、；：？！｡､﹐﹑﹒﹔﹕﹖﹗︐︑︒︓︔︕︖︙‼⁇⁈⁉"


@pytest.mark.parametrize("pair", BRACKET_PAIRS)
def test_no_bracket_form_opens_at_a_line_end_or_closes_at_a_line_start(pair: str) -> None:
    opening, closing = pair
    assert opening in OPENING and closing in CLOSING
    # the opening bracket would be the last of a 10-character line: it goes to the next line
    text = "党" * 9 + opening + "建设" + closing + "党" * 6
    lines = [text[line.start:line.end] for line in break_lines(text, [1.0] * len(text), 10.0)]
    assert lines[0] == "党" * 9 and lines[1].startswith(opening), lines
    # the closing bracket would start the second line: pulled onto the first (挤进) or taking a character along
    text = "党" * 7 + opening + "建设" + closing + "党" * 6
    lines = [text[line.start:line.end] for line in break_lines(text, [1.0] * len(text), 10.0)]
    assert not any(line.startswith(closing) for line in lines[1:]) and lines[0].endswith(closing), lines
    text = "党" * 7 + opening + "建设" + closing + closing + "党" * 6  # two marks: pushed out with 设
    lines = [text[line.start:line.end] for line in break_lines(text, [1.0] * len(text), 10.0)]
    assert lines[1].startswith("设" + closing), lines


@pytest.mark.parametrize("mark", CLOSING_MARKS)
def test_no_closing_mark_starts_a_line(mark: str) -> None:
    assert mark in CLOSING and mark not in OPENING
    text = "党" * 10 + mark + mark + "党" * 6
    lines = [text[line.start:line.end] for line in break_lines(text, [1.0] * len(text), 10.0)]
    assert lines[1].startswith("党" + mark + mark), lines


def test_white_and_corner_brackets_keep_their_places_in_print(fonts: FontSet) -> None:
    """〖〗〘〙〚〛｢｣, drawn by whichever installed font has them, around a word at a line's end: the first line
    of a paragraph holds 26 characters after its indent."""
    printed = 0
    for opening, closing in ("〖〗", "〘〙", "〚〛", "｢｣"):
        try:
            fonts.font_for("fangsong", opening), fonts.font_for("fangsong", closing)
        except MissingGlyphError:
            continue
        printed += 1
        pushed = "文" * 25 + opening + "共建" + closing + "文" * 10  # the opening bracket would end line 1
        pulled = "文" * 23 + opening + "共建" + closing + "文" * 10  # the closing bracket would start line 2
        pages = check(render(Document("测试", "测试员", [Para(pushed), Para(pulled)]), fonts))
        assert pages[0].text == pushed + pulled
        starts = pages[0].lines_starting
        assert starts == ["文", opening, "文", "文"], (opening, starts)
    assert printed, "the fonts .ci/run installs draw these brackets"


def test_a_combining_mark_stays_with_its_letter() -> None:
    text = "文" * 5 + "a\u0301"  # á, decomposed
    lines = break_lines(text, [1.0] * len(text), 6.0)
    assert [text[line.start:line.end] for line in lines] == ["文" * 5, "a\u0301"]


def test_a_document_in_every_role_with_page_numbers(fonts: FontSet) -> None:
    body = "为深化党建引领社工服务，推动阵地建设，现将有关事项通知如下。" * 12
    doc = Document("关于加强社工服务站建设的通知", "北京街道党建工作办公室", [
        Title("关于加强社工服务站建设的通知"), Para(body), Heading("一、总体要求"), Heading("（一）工作目标", 2),
        *[Para(body) for _ in range(5)], Signature("北京街道党建工作办公室", "2026年11月27日")])
    pages = check(render(doc, fonts))
    assert len(pages) >= 3
    assert [p.footer for p in pages] == [f"—{n}—" for n in range(1, len(pages) + 1)]
    text = "".join(p.text for p in pages)
    assert text.startswith("关于加强社工服务站建设的通知" + body[:20])
    assert text.count(body) == 6


def test_a_character_no_font_has_is_named(fonts: FontSet) -> None:
    with pytest.raises(MissingGlyphError, match="U\\+E000"):
        render(Document("x", "y", [Para("正文\ue000")]), fonts)  # private use: named, not dropped
    # a real character missing from every installed font
    with pytest.raises(MissingGlyphError, match="“𓀀”"):
        render(Document("x", "y", [Para("正文𓀀")]), fonts)


def test_per_character_fallback_takes_another_font(fonts: FontSet) -> None:
    kai = fonts.font("kai")
    missing = next(c for c in "㐀㐂㐃𠮷龘" if not kai.has(c) and any(
        fonts_module.register(f, fonts.cache_dir).has(c) for f in fonts.faces if not f.is_cff))
    font = fonts.font_for("kai", missing)
    assert font is not kai and font.has(missing)
    check(render(Document("x", "y", [Heading(f"（一）生僻字{missing}", 2)]), fonts))


def _only_in_cff(fonts: FontSet, candidates: str) -> list[str]:
    """The characters of ``candidates`` that no TrueType face installed here draws but a CFF face does."""
    tt = [fonts_module.register(f, fonts.cache_dir) for f in fonts.faces if not f.is_cff]
    cff_faces = [f for f in fonts.faces if f.is_cff]
    return [c for c in candidates if not any(font.has(c) for font in tt)
            and any(ord(c) in fonts_module.coverage(f) for f in cff_faces)]


def test_a_character_only_a_cff_font_has_is_converted_for_the_document(fonts: FontSet, tmp_path: Path) -> None:
    rare = _only_in_cff(fonts, "𠮷䶮𬌗𫖯𬀩")  # in Noto CJK SC, not in AR PL, WenQuanYi or Droid
    if len(rare) < 2:
        pytest.skip("needs fonts-noto-cjk and characters no TrueType font here has")
    fresh = fonts_module.resolve(fonts.faces, tmp_path)
    text = f"居民{rare[0]}先生与{rare[1]}女士反映楼道照明问题。"
    data = render(Document("测试", "测试员", [Para(text), Heading(f"一、{rare[0]}{rare[1]}")]), fresh)
    pages = check(data)
    assert pages[0].text == text + f"一、{rare[0]}{rare[1]}"
    # both characters from one conversion of one Noto face (made once for the document), in 仿宋 and 黑体;
    # the text reads back as written (reportlab's map of characters above U+FFFF is corrected)
    (converted,) = fresh._converted
    assert "NotoSerifCJK-Regular" in converted.name and converted.has(rare[0]) and converted.has(rare[1])
    assert fresh.font_for("fangsong", rare[0]) is converted and fresh.font_for("hei", rare[1]) is converted
    fonts_used = {str(f["/BaseFont"]) for page in PdfReader(io.BytesIO(data)).pages
                  for f in (v.get_object() for v in page["/Resources"]["/Font"].values())}
    assert any("NotoSerifCJK" in name for name in fonts_used), fonts_used


def test_a_character_only_a_cff_font_has_is_converted_without_prepare(fonts: FontSet, tmp_path: Path) -> None:
    rare = _only_in_cff(fonts, "𠮷䶮")
    if not rare:
        pytest.skip("needs fonts-noto-cjk")
    fresh = fonts_module.resolve(fonts.faces, tmp_path)
    assert fresh.font_for("kai", rare[0]).has(rare[0])  # set_lines called directly: converted on the spot


def test_roles_fall_back_with_a_warning(tmp_path: Path) -> None:
    faces = fonts_module.scan([Path("/usr/share/fonts/truetype/arphic")])
    found = fonts_module.resolve(faces, tmp_path)
    assert found.roles["kai"].face.family == "AR PL UKai CN" and not found.roles["kai"].is_fallback
    assert found.roles["fangsong"].is_fallback
    assert any("仿宋" in w for w in found.warnings)


def test_registration_is_cached_across_documents(fonts: FontSet) -> None:
    face = fonts.roles["song"].face
    assert fonts_module.register(face, fonts.cache_dir) is fonts_module.register(face, fonts.cache_dir)


def test_cff_fonts_are_converted_and_cached(tmp_path: Path) -> None:
    source = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    if not source.exists():
        pytest.skip("fonts-noto-cjk is not installed")
    from coordinator_app.printing import cff

    assert cff.is_cff(source, 2)
    chars = set("代表接待群众公告，。")
    converted = cff.converted(source, 2, tmp_path, chars)
    assert cff.converted(source, 2, tmp_path, chars) == converted  # cached
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("NotoSerifTest", str(converted))
    assert all(ord(c) in font.face.charToGlyph for c in chars)


def _title_lines(fonts: FontSet, text: str) -> list[str]:
    from coordinator_app.printing.layout import PORTRAIT, TITLE_SIZE, TextStyle, set_lines

    style = TextStyle(role="xbs", size=TITLE_SIZE, align="center", balance=True)
    return ["".join(line.chars).strip() for line in set_lines(text, style, fonts, PORTRAIT.width)]


def test_a_long_title_breaks_before_its_date(fonts: FontSet) -> None:
    assert _title_lines(fonts, "大德社区居民议事会（第2届）2026年11月会议签到表") == [
        "大德社区居民议事会（第2届）", "2026年11月会议签到表"]
    assert _title_lines(fonts, "关于召开大德社区居民议事会（第2届）2026年11月会议的通知") == [
        "关于召开大德社区居民议事会（第2届）", "2026年11月会议的通知"]


@given(st.text(alphabet=HANZI, min_size=21, max_size=60))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_long_title_without_a_date_is_balanced(fonts: FontSet, text: str) -> None:
    lines = _title_lines(fonts, text)
    assert "".join(lines) == text
    assert max(map(len, lines)) - min(map(len, lines)) < len(lines)  # no short last line


@pytest.mark.parametrize("lines", [19, 20, 21, 22, 41, 42])
def test_a_signature_never_starts_a_page_alone(fonts: FontSet, lines: int) -> None:
    body = "议" * (28 * lines - 2)  # ``lines`` full lines after the two-character indent
    doc = Document("通知", "办公室", [Para(body), Signature("北京街道党建工作办公室", "2026年11月27日")])
    pages = check(render(doc, fonts))
    last = pages[-1].text
    assert last.endswith("北京街道党建工作办公室2026年11月27日")
    assert last.startswith("议"), f"the signature starts page {len(pages)} alone"
    assert "".join(p.text for p in pages).count("议") == len(body)


def test_table_columns_are_wide_enough_for_their_header_and_numbers(fonts: FontSet) -> None:
    from coordinator_app.printing.document import TABLE_PADDING, Column, TableBlock, column_widths
    from coordinator_app.printing.layout import LANDSCAPE, TextStyle, shape

    columns = [Column("序号", 1), Column("街道", 1.7), Column("阵地名称", 3.2), Column("类型", 2.1), Column("所在社区", 1.7),
               Column("地址", 2.9), Column("开放时间", 2.9), Column("联系电话", 2.6), Column("运营机构", 2.3),
               Column("对接社工", 1.7)]
    rows = [[str(n), "北京街", "北京街党群服务中心", "街道党群服务中心", "东园社区", "越秀区广卫路283号二楼", "周一至周五",
             "020-81960748", "北京街道办事处", "梁伟"] for n in range(1170, 1190)]
    block = TableBlock(columns, rows, size=10.5, leading=14)
    widths = column_widths(block, fonts, LANDSCAPE.width)
    assert abs(sum(widths) - LANDSCAPE.width) < 0.01

    def natural(text: str, role: str) -> float:
        return sum(shape(text, TextStyle(role=role, size=10.5), fonts)[1]) + 2 * TABLE_PADDING

    assert widths[0] >= natural("1177", "song")
    assert all(w >= natural(c.header, "hei") for w, c in zip(widths, columns, strict=True))
    # the columns with room to spare keep their shares among themselves
    assert widths[2] / widths[5] == pytest.approx(3.2 / 2.9)

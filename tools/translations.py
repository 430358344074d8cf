"""The translation pipeline. Source strings in the UI are English; Simplified Chinese is the default
language and lives in ``resources/translations/coordinator_zh_CN.ts`` (compiled to ``.qm``, committed).

    python tools/translations.py update            # rescan the UI sources (pyside6-lupdate), keep translations
    python tools/translations.py apply FILE.tsv    # set translations: context<TAB>source<TAB>translation
    python tools/translations.py unfinished        # list what still needs translating (exit 1 if any)
    python tools/translations.py release           # compile .ts -> .qm (pyside6-lrelease)
    python tools/translations.py all [FILE.tsv]    # update, apply, release, then list unfinished
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "coordinator_app" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def ts_path(language: str) -> Path:
    return TS_DIR / f"coordinator_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    candidate = Path(PySide6.__file__).parent / name
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                            f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n', encoding="utf-8")
        lupdate(path)


def unfinished(path: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished",) or not (translation.text or "").strip():
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                missing.append((name, message.findtext("source") or ""))
    return missing


def apply(tsv: Path, language: str = "zh_CN") -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    path = ts_path(language)
    tree = ET.parse(path)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in wanted:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                applied += 1
    ET.indent(tree)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return applied


def release() -> None:
    for language in LANGUAGES:
        path = ts_path(language)
        subprocess.run([_tool("lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))], check=True,
                       capture_output=True)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "all"
    if command in ("update", "all"):
        update()
    if command in ("apply", "all") and len(argv) > 2:
        print(f"applied {apply(Path(argv[2]))} translations")
    if command in ("release", "all"):
        release()
    if command in ("unfinished", "all"):
        missing = unfinished(ts_path("zh_CN"))
        for context, source in missing:
            print(f"{context}\t{source}".replace("\n", "\\n"))
        print(f"{len(missing)} unfinished", file=sys.stderr)
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

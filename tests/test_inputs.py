"""Input files: folders expanded to their *.txt files, every read error named the same way by every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from vn_crimeie.inputs import InputError, read_error, read_text, text_files


def _make(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "tin-bai.txt"
    if kind == "missing":
        return path
    if kind == "folder":
        path.mkdir()
        return path
    if kind == "latin-1":
        path.write_bytes("Công an tỉnh bắt 5 đối tượng.".encode("utf-8")[:4] + b"\xe0 b\xe1t")
        return path
    path.write_text("Công an tỉnh bắt 5 đối tượng.", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "tin-bai.txt: no such file"),
        ("folder", "tin-bai.txt: is a directory"),
        ("latin-1", "tin-bai.txt: not UTF-8 text (invalid continuation byte at byte 4)"),
    ],
)
def test_read_errors_name_the_file_and_the_cause(tmp_path: Path, kind: str, message: str) -> None:
    path = _make(tmp_path, kind)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert str(err.value) == f"{tmp_path}/{message}"


def test_read_text_keeps_the_text_as_it_is(tmp_path: Path) -> None:
    text = "Chiều 13/3, Đại tá Lê Văn A dự hội nghị.\r\nHết\u00a0bài"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_text(path) == text


def test_text_files_of_a_folder_are_its_txt_files_below_it_sorted(tmp_path: Path) -> None:
    (tmp_path / "z" / "sub").mkdir(parents=True)
    for name in ("z/sub/c.txt", "a.txt", "b.md", "z/b.txt"):
        (tmp_path / name).write_text("Công an quận bắt 2 đối tượng.", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in text_files(tmp_path)] == ["a.txt", "z/b.txt", "z/sub/c.txt"]
    assert text_files(tmp_path / "b.md") == [tmp_path / "b.md"]  # a file is itself, whatever its suffix


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (PermissionError(13, "Permission denied"), "tin.txt: permission denied"),
        (OSError(5, "Input/output error"), "tin.txt: cannot be read (Input/output error)"),
    ],
    ids=["permission", "other-os-error"],
)
def test_read_error_of_errors_a_test_cannot_provoke_as_root(exc: OSError, message: str) -> None:
    assert read_error("tin.txt", exc) == message

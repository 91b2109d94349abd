"""Screenshots of the main views for the README: run under Xvfb (`make screenshots`).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py

Uses a throw-away data folder and settings; imports a tiny fictitious demo watchlist naming
the first bundled sample's holder, verifies that sample, runs a batch of the samples plus
synthetic documents (docverify.synth), and saves PNGs into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def _wait(app, predicate, timeout_s: float = 300.0) -> None:
    """Spin the event loop until ``predicate()``.

    WORKAROUND: the static QCoreApplication.processEvents() of PySide6 6.12.0 drops a
    reference to None on every call (a few hundred calls abort the interpreter with
    "none_dealloc"); QEventLoop.processEvents() on an instance does not.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()

    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not finish in time")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _documents(folder: Path, count: int) -> list[Path]:
    import cv2

    from docverify.synth import generate

    out = []
    for i, fmt in zip(range(count), ("TD3", "TD1", "TD2", "TD3", "TD1", "TD3"), strict=False):
        doc = generate(fmt, 100 + i)
        path = folder / f"{fmt.lower()}-{100 + i}.png"
        cv2.imwrite(str(path), doc.image)
        out.append(path)
    return out


def _chip_files(folder: Path, v) -> tuple[Path, list[Path], list[Path]] | None:
    """EF.SOD, DG1 and DG2 of a test chip for the document shown (its MRZ, its printed photo
    as the DG2 face), signed by a throw-away test CSCA; None when the page has no photo."""
    from PySide6.QtCore import QBuffer, QIODevice

    from docverify.app.chip_dialog import printed_photo
    from docverify.chip import issuer, lds
    from docverify.chip.tlv import encode_tlv

    photo = printed_photo(v)
    if photo is None or v.result.reading is None:
        return None
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buf, "JPG")
    record = b"FAC\x00010\x00" + bytes(12) + bytes(buf.data())
    dg2 = encode_tlv(0x75, encode_tlv(0x7F61, encode_tlv(0x02, b"\x01") + encode_tlv(
        0x7F60, encode_tlv(0x5F2E, record))))
    dgs = {1: lds.build_dg1(v.result.reading.lines), 2: dg2}
    csca = issuer.make_csca()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, data in dgs.items():
        paths.append(folder / f"EF_DG{n}.bin")
        paths[-1].write_bytes(data)
    (folder / "EF_SOD.bin").write_bytes(issuer.make_sod(dgs, issuer.make_dsc(csca)))
    (folder / "csca-test.cer").write_bytes(csca.der)
    return folder / "EF_SOD.bin", paths, [folder / "csca-test.cer"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="docverify", choices=("docverify", "tesseract"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--language", default="en", choices=("en", "fr"))
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from docverify.app.main import install_translator
    from docverify.app.main_window import MainWindow
    from docverify.app.settings_dialog import SettingsDialog

    app = QApplication(sys.argv)
    install_translator(app, args.language)
    tmp = Path(tempfile.mkdtemp(prefix="docverify-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("data_dir", str(tmp / "data"))
    settings.setValue("operator", "A. Officer")
    settings.setValue("engine", args.engine)
    docs_dir = tmp / "docs"
    docs_dir.mkdir()
    docs = _documents(docs_dir, 6)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "en" else f"-{args.language}"

    import shutil

    from docverify.app.samples import sample_files

    samples = sample_files()
    for sample in samples:
        shutil.copy(sample, docs_dir / sample.name)
    shown = samples[0] if samples else docs[0]
    demo_list = tmp / "demo-list.csv"
    demo_list.write_text(  # a demo list naming the first sample's holder, spelled differently
        "name,aliases,birth_date,nationality,document_number,note\n"
        "PARK Do Hyun,BAK Do-hyeon,1974-02-16,SVN,,demo entry (fictitious)\n"
        "Jane Example,,1970-01-01,GBR,,demo entry (fictitious)\n", encoding="utf-8")

    w = MainWindow(settings, load_sample=False)
    w.resize(1360, 860)
    w.show()
    job = w.watchlists_view.import_file(demo_list)
    _wait(app, lambda: job.done)

    def shot(name: str, widget=None) -> None:
        settle = time.monotonic() + 0.3
        _wait(app, lambda: time.monotonic() > settle)
        (widget or w).grab().save(str(args.out / f"{name}.png"))
        print("saved", args.out / f"{name}.png")

    # a document the checks send for review shows findings: a synthetic passport, expired
    import cv2

    from docverify.synth import generate

    with_findings = docs_dir / "expired-td3.png"
    cv2.imwrite(str(with_findings), generate("TD3", 7, expired_rate=1.0).image)
    job = w.verifier.verify_path(with_findings)
    _wait(app, lambda: job.done)
    w.result_view.findings.setCurrentRow(0)
    shot(f"verify{suffix}")
    job = w.verifier.verify_path(shown)
    _wait(app, lambda: job.done)
    w.result_view.tabs.setCurrentWidget(w.result_view.hits)
    shot(f"verify-hits{suffix}")
    chip = _chip_files(tmp / "chip", w.result_view.current)
    if chip is not None:
        dialog = w.verify_chip_files()
        dialog.resize(760, 720)
        dialog.set_files(*chip)
        job = dialog.verify()
        _wait(app, lambda: job.done)
        shot(f"chip{suffix}", dialog)
        dialog.close()
    w.open_paths([docs_dir])
    _wait(app, lambda: not w.batch_view.running)
    shot(f"batch{suffix}")
    w.tabs.setCurrentWidget(w.history_view)
    h = w.history_view
    _wait(app, lambda: h.records and h.chain is not None)
    alerts = [i for i, r in enumerate(h.records) if r.verdict == "alert"]
    h.table.selectRow(alerts[0] if alerts else 0)  # the record in full below the list
    shot(f"history{suffix}")
    w.tabs.setCurrentWidget(w.watchlists_view)
    shot(f"watchlists{suffix}")
    sv = w.screen_view
    w.tabs.setCurrentWidget(sv)
    sv.name.setText("Pak Tohyon")  # the demo entry in another romanisation
    sv.birth_date.setText("1974")
    job = sv.run()
    _wait(app, lambda: job.done)
    shot(f"screen{suffix}")
    dialog = SettingsDialog(w.prefs, w)
    dialog.show()
    shot(f"settings{suffix}", dialog)
    dialog.close()
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

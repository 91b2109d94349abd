"""Trains the MRZ line recognizer from scratch and writes resources/models/mrz_recognizer.{onnx,json}.

Usage: .venv/bin/python training/train_recognizer.py [--steps N] [--out DIR]
Data: OCR-B lines rendered on the fly (training/synth.py, some at a 5-12 px character height),
the training split of the real crops in shared/fixtures/mrz_lines with the reviewed fixes of
training/label_corrections.json (held-out documents are never read here), and crops cut by the
reader itself from degraded synthetic documents (training/harvest.py, seeds 1,000,000+).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Threads sleep instead of spinning at barriers: much faster on a shared, oversubscribed CPU.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import CORRECTIONS, LINES_DIR, ROOT, is_dev, load_crops, read_gray, split  # noqa: E402
from harvest import DEFAULT_OUT as HARVEST_DIR  # noqa: E402
from harvest import harvest  # noqa: E402
from model import WIDTHS, LineNet, WithSoftmax  # noqa: E402
from mrz_text import mrz_document, random_string  # noqa: E402
from specimens import load_specimen_crops  # noqa: E402
from synth import augment_real, render_line  # noqa: E402

from docverify.reading.recognizer import (  # noqa: E402
    ALPHABET,
    INPUT_HEIGHT,
    MODEL_FILE,
    batch_planes,
    normalise_line,
)

SEED = 20240611
CHAR_INDEX = {c: i + 1 for i, c in enumerate(ALPHABET)}
P_REAL = 0.40  # share of each batch drawn from the real training crops (oversampled)
P_HARVEST = 0.20  # share from the reader's own crops of degraded synthetic documents
P_FIXTURE_SYNTH = 0.06  # share from the fixture's rendered crops
P_SPECIMEN = 0.03  # share from the reader's crops of the real tuning specimens (54 lines)
P_LOW_RES = 0.3  # of the lines rendered on the fly: drawn at a 5-12 px character height
HARVEST_DOCUMENTS = 1500


def synthetic_sample(rng: random.Random) -> tuple[np.ndarray, str]:
    doc = mrz_document(rng)
    k = rng.randrange(len(doc))
    text = doc[k]
    if rng.random() < 0.25:  # a fragment: cheaper and breaks reliance on fixed lengths
        n = rng.randint(5, len(text) - 1)
        s = rng.randint(0, len(text) - n)
        text = text[s : s + n]
    elif rng.random() < 0.05:
        text = random_string(rng, rng.randint(10, 50))
    above = doc[k - 1] if k > 0 else random_string(rng, len(doc[k]))
    below = doc[k + 1] if k + 1 < len(doc) else random_string(rng, len(doc[k]))
    clean = rng.random() < 0.05
    low_res = not clean and rng.random() < P_LOW_RES
    return render_line(rng, text, (above, below), clean=clean, low_res=low_res), text


def make_batch(rng, size, real, fixture_synth, harvested, specimen, strong_real=False):
    planes, texts = [], []
    for _ in range(size):
        r = rng.random()
        if r < P_REAL:
            img, text = rng.choice(real)
            if rng.random() < (0.9 if strong_real else 0.6):
                img = augment_real(rng, img, strong_real)
        elif r < P_REAL + P_HARVEST:
            img, text = rng.choice(harvested)
        elif r < P_REAL + P_HARVEST + P_FIXTURE_SYNTH:
            img, text = rng.choice(fixture_synth)
            img = augment_real(rng, img)
        elif r < P_REAL + P_HARVEST + P_FIXTURE_SYNTH + P_SPECIMEN:
            img, text = rng.choice(specimen)
            if rng.random() < 0.8:  # few lines, seen often: vary them
                img = augment_real(rng, img)
        else:
            img, text = synthetic_sample(rng)
        planes.append(normalise_line(img))
        texts.append(text)
    return planes, texts


def to_tensors(planes, texts):
    batch = batch_planes(planes)
    # Pad to a multiple of 64 columns so that oneDNN reuses its kernels across batches.
    extra = (-batch.shape[3]) % 64
    batch = np.pad(batch, ((0, 0), (0, 0), (0, 0), (0, extra)))
    x = torch.from_numpy(batch)
    targets = torch.tensor([CHAR_INDEX[c] for t in texts for c in t], dtype=torch.long)
    lengths = torch.tensor([len(t) for t in texts], dtype=torch.long)
    return x, targets, lengths


def git_info(path: Path) -> dict[str, str]:
    def run(*args: str) -> str:
        try:
            return subprocess.run(args, cwd=ROOT, capture_output=True, text=True,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    rel = str(path.relative_to(ROOT))
    return {
        "script": rel,
        "script_blob_sha1": run("git", "hash-object", rel),
        "script_last_commit": run("git", "log", "-1", "--format=%H", "--", rel),
        "head_commit": run("git", "rev-parse", "HEAD"),
    }


def export(net: nn.Module, out: Path) -> float:
    """Writes the ONNX graph; returns the largest cv2.dnn vs torch difference on test inputs."""
    import cv2

    wrapped = WithSoftmax(net).eval()
    dummy = torch.zeros(1, 1, INPUT_HEIGHT, 128)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(wrapped, dummy, str(out), dynamo=False, input_names=["ink"],
                          output_names=["probs"], opset_version=13,
                          dynamic_axes={"ink": {0: "n", 3: "w"}, "probs": {0: "n", 3: "t"}})
    cvnet = cv2.dnn.readNetFromONNX(str(out))
    rng = np.random.default_rng(0)
    worst = 0.0
    for n, w in ((1, 96), (1, 600), (3, 412)):
        x = rng.random((n, 1, INPUT_HEIGHT, w), dtype=np.float32)
        cvnet.setInput(x)
        got = cvnet.forward()
        with torch.no_grad():
            ref = wrapped(torch.from_numpy(x)).numpy()
        if got.shape != ref.shape:
            raise RuntimeError(f"cv2.dnn output shape {got.shape} != torch {ref.shape}")
        worst = max(worst, float(np.abs(got - ref).max()))
    return worst


def load_harvest(documents: int) -> tuple[list[tuple[np.ndarray, str]], dict]:
    """The reader's crops of degraded synthetic documents, harvested once into training/out/."""
    labels = HARVEST_DIR / "labels.json"
    meta = json.loads(labels.read_text(encoding="utf-8")) if labels.is_file() else None
    if meta is None or meta["documents"] != documents:
        harvest(HARVEST_DIR, documents)
        meta = json.loads(labels.read_text(encoding="utf-8"))
    items = [(read_gray(HARVEST_DIR / x["file"]), x["text"]) for x in meta["items"]]
    info = {k: v for k, v in meta.items() if k != "items"}
    return items, info


@dataclass(frozen=True)
class RunData:
    """What a run trained on and how long it took: the model's JSON records it."""

    real: list  # (plane, text) pairs of the real training crops
    real_train: list  # their Crop records (for the document count)
    real_heldout: list
    fixture_synth: list
    specimen: list
    harvest_info: dict
    n_fixes: int
    train_seconds: float


def recipe(args: argparse.Namespace) -> dict:
    """What makes two runs train alike: a checkpoint resumes only a run of the same recipe."""
    return {"seed": args.seed, "lr": args.lr, "dev_out": args.dev_out,
            "strong_real": args.strong_real, "ema": args.ema, "lines": str(args.lines)}


def lr_factor(step: int, total: int, warmup: float = 0.05, floor: float = 0.02) -> float:
    """Linear warm-up, then a cosine decay to ``floor`` of the peak."""
    w = max(1, int(warmup * total))
    if step < w:
        return (step + 1) / w
    t = (step - w) / max(1, total - w)
    return floor + (1 - floor) * 0.5 * (1 + np.cos(np.pi * t))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    ap.add_argument("--lines", type=Path, default=LINES_DIR)
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "training" / "out" / "ckpt.pt",
                    help="saved every 100 steps; an interrupted run resumes from it")
    ap.add_argument("--dev-out", action="store_true",
                    help="leave the development documents out (data.is_dev) to compare recipes")
    ap.add_argument("--strong-real", action="store_true",
                    help="augment the real crops more often, varying pitch and stroke weight too")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=SEED,
                    help="another seed trains another run of the same recipe: run to run, the "
                         "differences a recipe must beat")
    ap.add_argument("--ema", type=float, default=0.0, metavar="DECAY",
                    help="also keep an exponential moving average of the weights and batch-norm "
                         "statistics (e.g. 0.998) and export it to OUT/ema/, beside the raw model")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    crops = load_crops(args.lines)
    real_train, real_heldout = split(crops, "real")
    synth_train, _ = split(crops, "synthetic")
    if args.dev_out:
        real_train = [c for c in real_train if not is_dev(c.document)]
        synth_train = [c for c in synth_train if not is_dev(c.document)]
    real = [(read_gray(args.lines / c.file), c.text) for c in real_train]
    fixture_synth = [(read_gray(args.lines / c.file), c.text) for c in synth_train]
    harvested, harvest_info = load_harvest(HARVEST_DOCUMENTS)
    specimen = load_specimen_crops()
    print(f"{len(specimen)} crops of the real tuning specimens", flush=True)
    n_fixes = sum(1 for k in json.loads(CORRECTIONS.read_text(encoding="utf-8"))
                  if not k.startswith("_"))
    print(f"harvested {len(harvested)} reader crops; {n_fixes} label corrections", flush=True)
    print(f"real train {len(real)} lines ({len({c.document for c in real_train})} documents), "
          f"held out {len(real_heldout)}; fixture rendered {len(fixture_synth)}", flush=True)

    net = LineNet()
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_factor(s, args.steps))
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    # The average of the last few hundred steps' weights: less tied to the last batches seen.
    ema = (torch.optim.swa_utils.AveragedModel(
        net, multi_avg_fn=torch.optim.swa_utils.get_ema_multi_avg_fn(args.ema), use_buffers=True)
        if args.ema else None)
    t0 = time.time()
    running = 0.0
    start = 1
    if args.checkpoint.is_file():
        ck = torch.load(args.checkpoint, weights_only=False)
        if (ck["steps"] == args.steps and ck["batch"] == args.batch
                and tuple(ck.get("widths", ())) == WIDTHS and ck.get("recipe") == recipe(args)):
            net.load_state_dict(ck["net"])
            opt.load_state_dict(ck["opt"])
            sched.load_state_dict(ck["sched"])
            if ema is not None and "ema" in ck:
                ema.load_state_dict(ck["ema"])
            rng.setstate(ck["rng"])
            torch.set_rng_state(ck["torch_rng"])
            start, running = ck["step"] + 1, ck["running"]
            t0 -= ck["elapsed"]
            print(f"resumed from {args.checkpoint} at step {start}", flush=True)
    net.train()
    for step in range(start, args.steps + 1):
        planes, texts = make_batch(rng, args.batch, real, fixture_synth, harvested, specimen,
                                   args.strong_real)
        x, targets, lengths = to_tensors(planes, texts)
        logits = net(x)[:, :, 0, :]  # N x C x T
        logp = logits.permute(2, 0, 1).log_softmax(2)  # T x N x C
        in_lengths = torch.full((x.shape[0],), logp.shape[0], dtype=torch.long)
        loss = ctc(logp, targets, in_lengths, lengths)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(net.parameters(), 5.0)
        opt.step()
        sched.step()
        if ema is not None:
            ema.update_parameters(net)
        running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
        if step % 50 == 0 or step == args.steps:
            el = time.time() - t0
            print(f"step {step}/{args.steps} loss {running:.4f} lr {sched.get_last_lr()[0]:.2e} "
                  f"{el:.0f}s ({el / step:.2f}s/step)", flush=True)
        if step % 100 == 0 and step < args.steps:
            args.checkpoint.parent.mkdir(parents=True, exist_ok=True)
            torch.save({"steps": args.steps, "batch": args.batch, "step": step,
                        "net": net.state_dict(), "opt": opt.state_dict(),
                        "sched": sched.state_dict(), "rng": rng.getstate(),
                        "torch_rng": torch.get_rng_state(), "running": running, "widths": WIDTHS,
                        "elapsed": time.time() - t0, "recipe": recipe(args),
                        **({"ema": ema.state_dict()} if ema is not None else {})},
                       args.checkpoint)
    train_seconds = time.time() - t0
    args.checkpoint.unlink(missing_ok=True)

    run = RunData(real=real, real_train=real_train, real_heldout=real_heldout,
                  fixture_synth=fixture_synth, specimen=specimen, harvest_info=harvest_info,
                  n_fixes=n_fixes, train_seconds=train_seconds)
    write_model(net, args.out, args, run)
    if ema is not None:
        write_model(ema.module, args.out / "ema", args, run)


def write_model(net: nn.Module, out: Path, args: argparse.Namespace, run: RunData) -> None:
    """Exports ``net`` to OUT/mrz_recognizer.onnx with the JSON that says how it was trained."""
    net.eval()
    out.mkdir(parents=True, exist_ok=True)
    onnx_path = out / MODEL_FILE
    diff = export(net, onnx_path)
    print(f"exported {onnx_path} ({onnx_path.stat().st_size} bytes); cv2.dnn vs torch max diff "
          f"{diff:.2e}", flush=True)
    meta_path = onnx_path.with_suffix(".json")
    meta = {
        "alphabet": ALPHABET,
        "blank_index": 0,
        "input_height": INPUT_HEIGHT,
        "input": "N x 1 x 32 x W float32 ink plane (ink 1, paper 0), see recognizer.normalise_line",
        "output": "N x 38 x 1 x W/4 class probabilities (class 0 = CTC blank, then alphabet)",
        "architecture": f"LineNet: 9 conv+BN+ReLU layers, widths {WIDTHS}, CTC",
        "parameters": sum(p.numel() for p in net.parameters()),
        "onnx_sha256": hashlib.sha256(onnx_path.read_bytes()).hexdigest(),
        "cv2_dnn_vs_torch_max_abs_diff": diff,
        "training": {
            "command": "python training/train_recognizer.py " + " ".join(sys.argv[1:]),
            "steps": args.steps,
            "batch": args.batch,
            "samples_seen": args.steps * args.batch,
            "seconds": round(run.train_seconds),
            "torch": torch.__version__,
            "seed": args.seed,
            "schedule": f"AdamW lr {args.lr}, 5% linear warm-up then cosine to 2%",
            "data": {
                "real_train_lines": len(run.real),
                "real_train_documents": len({c.document for c in run.real_train}),
                "real_heldout_lines_never_used": len(run.real_heldout),
                "real_label_corrections": run.n_fixes,
                "fixture_rendered_train_lines": len(run.fixture_synth),
                "reader_crops": {**run.harvest_info, "source": "training/harvest.py: reader crops "
                                 "of docverify.synth degraded documents, seeds 1,000,000+"},
                "share_real": P_REAL,
                "share_specimen": P_SPECIMEN,
                "specimen_tuning_lines": len(run.specimen),
                "share_reader_crops": P_HARVEST,
                "share_fixture_rendered": P_FIXTURE_SYNTH,
                "share_rendered_on_the_fly": round(1 - P_REAL - P_HARVEST - P_FIXTURE_SYNTH - P_SPECIMEN, 2),
                "rendered_low_res_share": P_LOW_RES,
                "font": "OCR-B (Debian fonts-ocr-b OCRB.otf, OCRBS.otf)",
                "real_source": "DoubangoTelecom/tesseractMRZ @ 1e7adfe (BSD-3-Clause)",
                "split": "by source document, sha256(document) % 100 < 20 held out",
                "development_documents_left_out": args.dev_out,
                "strong_real_augmentation": args.strong_real,
            },
            "weights": (f"exponential moving average, decay {args.ema}"
                        if out.name == "ema" and args.ema else "the last step's"),
            **git_info(Path(__file__).resolve()),
        },
        "heldout": {"note": "filled in by training/evaluate_recognizer.py --write"},
    }
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {meta_path}; training took {run.train_seconds:.0f}s", flush=True)


if __name__ == "__main__":
    main()

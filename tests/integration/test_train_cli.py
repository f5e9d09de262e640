"""`hashdesk triage` and `hashdesk train` through Typer, on tiny generated files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hashdesk.triage.cli import register
from hashdesk.triage.model import LinearTextModel


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    a = typer.Typer()
    register(a)

    @a.command("noop", hidden=True)
    def _noop() -> None:  # a second command keeps Typer in multi-command mode
        return None

    return a


runner = CliRunner()

ROWS = {
    "deposit": [
        "my deposit did not arrive",
        "deposit missing after 2 hours",
        "充值没到账",
        "deposit not credited",
        "sent usdt deposit still not here",
        "充币一直不到",
    ],
    "withdrawal": [
        "withdrawal stuck pending",
        "my withdrawal never arrived",
        "提币审核中",
        "withdraw failed",
        "payout still processing",
        "提现没到",
    ],
    "general": [
        "what are your fees",
        "hello there",
        "你好",
        "do you have an app",
        "thanks a lot",
        "when is maintenance",
    ],
}


def _rows() -> list[dict[str, str]]:
    return [{"text": t, "label": lab} for lab, ts in ROWS.items() for t in ts]


def test_triage_jsonl_file(app: typer.Typer, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "my USDT withdrawal is stuck"})
        + "\n"
        + "this is not json\n"
        + json.dumps({"id": 7, "text": "提币一直没到账 0x" + "ab" * 32})
        + "\n"
        + json.dumps({"id": "c"})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["triage", "--jsonl", str(src)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["a", 7]
    for x in lines:
        assert set(x) == {
            "id",
            "language",
            "category",
            "priority",
            "urgent",
            "secrets",
            "redacted_text",
            "evidence",
        }
    assert lines[0]["category"] == "withdrawal"
    assert lines[1]["language"] == "zh"
    assert "line 2" in result.stderr and "line 4" in result.stderr


def test_triage_stdin(app: typer.Typer) -> None:
    data = json.dumps({"id": 1, "text": "my password is Hunter2!xyz, cannot log in"}) + "\n"
    result = runner.invoke(app, ["triage", "--jsonl", "-"], input=data)
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["secrets"] and out["secrets"][0]["kind"] == "password"
    assert "Hunter2" not in out["redacted_text"]


def test_train_csv_with_holdout(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "category"])
        w.writeheader()
        w.writerows({"text": r["text"], "category": r["label"]} for r in _rows())
    out = tmp_path / "m.npz"
    result = runner.invoke(app, ["train", str(path), "--out", str(out), "--holdout", "0.2"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["documents"] == 18 and report["labels"] == 3
    assert 0.0 <= report["accuracy"] <= 1.0
    model = LinearTextModel.load(out)
    assert model.predict("deposit has not arrived")[0] == "deposit"


def test_train_jsonl_with_test_file_and_named_columns(app: typer.Typer, tmp_path: Path) -> None:
    train = tmp_path / "train.jsonl"
    test = tmp_path / "test.jsonl"
    train.write_text(
        "".join(json.dumps({"body": r["text"], "intent": r["label"]}) + "\n" for r in _rows()),
        encoding="utf-8",
    )
    test.write_text(
        json.dumps({"body": "withdrawal pending", "intent": "withdrawal"}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "m2.npz"
    result = runner.invoke(
        app,
        [
            "train",
            str(train),
            "--test",
            str(test),
            "--out",
            str(out),
            "--text-column",
            "body",
            "--label-column",
            "intent",
            "--algorithm",
            "svm",
            "--cv",
            "3",
        ],
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["accuracy"] == 1.0
    assert "cv_accuracy" in report
    assert out.is_file()


def test_train_bad_column_is_a_clear_error(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\nhello,general\n", encoding="utf-8")
    result = runner.invoke(app, ["train", str(path), "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 2
    assert "column" in result.stderr


@pytest.mark.slow
def test_shipped_recipe_rebuilds_the_shipped_model() -> None:
    """`hashdesk train` with no DATA fits SHIPPED_RECIPE on data/train_*.jsonl: same model."""
    import numpy as np

    from hashdesk.triage import classifier
    from hashdesk.triage import train as tr

    shipped = LinearTextModel.load(classifier.default_model_path())
    fitted = tr.fit(tr.read_shipped_dataset(), tr.SHIPPED_RECIPE)
    model = fitted.model
    assert model.labels == shipped.labels
    assert model.analyzers == shipped.analyzers
    assert np.array_equal(model.vocab, shipped.vocab)
    np.testing.assert_allclose(model.scale, shipped.scale, rtol=1e-6)
    np.testing.assert_allclose(model.coef, shipped.coef, rtol=1e-4, atol=1e-5)
    for text in ("my withdrawal is stuck", "合约被强平了", "api signature invalid"):
        assert model.predict(text)[0] == shipped.predict(text)[0]


def test_weight_column_gives_rows_more_or_less_say(app: typer.Typer, tmp_path: Path) -> None:
    """Two rows of one text with opposite labels: the heavier row decides."""
    rows = _rows() + [
        {"text": "funds missing help", "label": "deposit", "weight": 5},
        {"text": "funds missing help", "label": "withdrawal", "weight": 0.1},
    ]
    path = tmp_path / "weighted.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "w.npz"
    result = runner.invoke(
        app, ["train", str(path), "--out", str(out), "--holdout", "0", "--algorithm", "svm"]
    )
    assert result.exit_code == 0, result.stderr
    assert LinearTextModel.load(out).predict("funds missing help")[0] == "deposit"
    flipped = [{**r, "weight": {5: 0.1, 0.1: 5}[r["weight"]]} if "weight" in r else r for r in rows]
    path.write_text("".join(json.dumps(r) + "\n" for r in flipped), encoding="utf-8")
    result = runner.invoke(
        app, ["train", str(path), "--out", str(out), "--holdout", "0", "--algorithm", "svm"]
    )
    assert result.exit_code == 0, result.stderr
    assert LinearTextModel.load(out).predict("funds missing help")[0] == "withdrawal"


def test_bad_weight_is_a_clear_error(app: typer.Typer, tmp_path: Path) -> None:
    rows = [*_rows(), {"text": "hello", "label": "general", "weight": "heavy"}]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["train", str(path), "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 2
    assert "weight" in result.stderr


@pytest.mark.slow
def test_urgency_recipe_rebuilds_the_shipped_urgency_model() -> None:
    import numpy as np

    from hashdesk.triage import classifier
    from hashdesk.triage import train as tr

    shipped = classifier.load_urgency_model()
    assert shipped is not None
    model = tr.fit(tr.read_urgency_dataset(), tr.URGENCY_RECIPE).model
    assert model.labels == shipped.labels == ("not_urgent", "urgent")
    assert np.array_equal(model.vocab, shipped.vocab)
    np.testing.assert_allclose(model.coef, shipped.coef, rtol=1e-4, atol=1e-5)


@pytest.mark.slow
def test_outbound_recipe_rebuilds_the_shipped_outbound_models() -> None:
    import numpy as np

    from hashdesk.triage import classifier, outbound
    from hashdesk.triage import train as tr

    asks, kinds = tr.read_outbound_datasets()
    here = classifier.default_model_path()
    for data, name in ((asks, outbound.MODEL_FILE), (kinds, outbound.KIND_MODEL_FILE)):
        shipped = LinearTextModel.load(here.with_name(name))
        model = tr.fit(data, tr.OUTBOUND_RECIPE).model
        assert model.labels == shipped.labels
        assert np.array_equal(model.vocab, shipped.vocab)
        np.testing.assert_allclose(model.coef, shipped.coef, rtol=1e-4, atol=1e-5)

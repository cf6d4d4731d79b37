"""The Dask engine gives the same records as the local engine (loopback-only LocalCluster)."""
import pytest

from eventwatch.ingest.driver import ingest
from eventwatch.store import Store, event_records

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(host="127.0.0.1", n_workers=2, threads_per_worker=1, dashboard_address=None) as c:
        yield c


def _records(db):
    with Store(db) as store:
        events = sorted(event_records(store), key=lambda r: r["id"])
        articles = store.rows("SELECT id, content_hash, origin, title, published FROM articles ORDER BY id")
        failures = store.rows("SELECT article_id, reason FROM failures ORDER BY 1")
    return events, articles, failures


@pytest.mark.slow
def test_dask_equals_local(corpus, tmp_path, keyword_settings, cluster):
    import keyword_stage

    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    (corpus / "more.jsonl").write_text(
        '{"id": "j1", "text": "Chile accused Peru of ignoring the fishing accord.", "published": "2024-05-02"}\n'
        '{"id": "j2", "text": ""}\n', encoding="utf-8")
    with Store(tmp_path / "local.duckdb") as store:
        ingest([corpus], store, keyword_settings)
    with Store(tmp_path / "dask.duckdb") as store:
        report = ingest([corpus], store, keyword_settings, engine="dask", address=cluster.scheduler_address,
                        worker_setup=keyword_stage.ensure_registered)
    assert (report.stored, report.failed) == (4, 1)
    local, dask = _records(tmp_path / "local.duckdb"), _records(tmp_path / "dask.duckdb")
    assert local[0] and dask == local
    assert not (tmp_path / "dask.duckdb.shards").exists()  # shards are cleaned up after loading

"""Work is sent to local workers in small batches, so two workers finish together."""
from eventwatch.engines.local import _batches, dispatch_size


def test_dispatch_size_is_small_but_never_above_the_batch_size(settings):
    assert dispatch_size(settings.with_(batch_size=64)) == 8
    assert dispatch_size(settings.with_(batch_size=3)) == 3
    assert dispatch_size(settings.with_(batch_size=1)) == 1


def test_a_driver_chunk_splits_into_equal_tasks(settings):
    chunk = list(range(64 * 2 * 2))  # what the ingest driver hands over with 2 processes
    tasks = list(_batches(chunk, dispatch_size(settings.with_(batch_size=64))))
    assert len(tasks) == 32 and {len(t) for t in tasks} == {8}
    assert [x for t in tasks for x in t] == chunk

"""The page served by the server tells the app that an API is there; a static deployment has no marker."""

from pathlib import Path

from tests.conftest import ClientFactory


def test_index_carries_the_server_marker_and_assets_are_untouched(
    client_for: ClientFactory, tmp_path: Path
) -> None:
    static = tmp_path / "dist"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html><html><head><title>studio</title></head></html>")
    (static / "assets" / "app.js").write_text("console.log('<head>')")
    browser = client_for(token=False, static=static)

    page = browser.get("/")
    assert page.status_code == 200
    assert '<head><meta name="executioner-studio-server" content="1"><title>' in page.text
    assert browser.get("/some/client/route").text == page.text
    # Only index.html is marked; other files are served byte for byte.
    assert browser.get("/assets/app.js").text == "console.log('<head>')"
    # The file on disk is never modified.
    assert "executioner-studio-server" not in (static / "index.html").read_text()

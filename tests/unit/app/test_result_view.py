"""The verification view's layout: the document large beside the fields, zoom controls."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from docverify.app.jobs import Verification
from docverify.app.result_view import FIELDS_MIN_WIDTH, IMAGE_MIN_WIDTH, ResultView
from docverify.pipeline import Options, verify_mrz
from tests.unit.app.conftest import ICAO_TD3


@pytest.fixture
def view(qtbot):
    v = ResultView()
    qtbot.add_widget(v)
    assert v.current is None
    assert v.image.overlay_count() == 0
    return v


def verification(width: int = 1000, height: int = 700) -> Verification:
    img = QImage(width, height, QImage.Format.Format_RGB888)
    img.fill(QColor("white"))
    result = verify_mrz(list(ICAO_TD3), Options(image_checks=False))
    return Verification(result, img, "ab" * 32, 0.1, "docverify")


@pytest.mark.parametrize("width", [900, 1024, 1360, 1920])
def test_the_document_takes_more_room_than_the_fields(qtbot, view, width):
    view.resize(width, 760)
    view.show()
    view.show_verification(verification())
    qtbot.waitUntil(lambda: view.image_pane.width() > 0)
    image, right = view.split.sizes()
    assert image >= IMAGE_MIN_WIDTH
    assert right >= FIELDS_MIN_WIDTH
    assert 0.5 <= image / (image + right) <= 0.62, (image, right)
    # the page is fitted into the pane (its width or its height fills it), not a sliver
    port = view.image.viewport()
    assert (view.image.zoom * 1000 >= 0.9 * port.width()
            or view.image.zoom * 700 >= 0.9 * port.height())


def test_a_long_finding_does_not_squeeze_the_image(qtbot, view):
    import dataclasses

    from docverify.model import Finding, Severity

    v = verification()
    long = Finding("x.long", Severity.WARNING, "W" * 400)
    v = dataclasses.replace(v, result=dataclasses.replace(
        v.result, findings=(*v.result.findings, long), reasons=("R" * 400,)))
    view.resize(1024, 700)
    view.show()
    view.show_verification(v)
    image, right = view.split.sizes()
    assert image / (image + right) >= 0.5


def test_zoom_buttons_and_label(qtbot, view):
    view.resize(1200, 760)
    view.show()
    view.show_verification(verification())
    fitted = view.image.zoom
    assert view.image_pane.zoom_label.text() == f"{fitted * 100:.0f} %"
    view.image_pane.buttons["zoom_in"].click()
    assert view.image.zoom == pytest.approx(fitted * 1.25)
    assert view.image_pane.zoom_label.text() == f"{fitted * 125:.0f} %"
    view.image_pane.buttons["fit"].click()
    assert view.image.zoom == pytest.approx(fitted)
    view.image_pane.buttons["rotate"].click()
    assert view.image.rotation == 90

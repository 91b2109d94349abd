"""The document image with the MRZ region and each finding's region drawn on it; zoom, rotate."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from docverify.app.style import MRZ_COLOUR, SEVERITY_COLOUR
from docverify.model import Finding, Region, Result

ZOOM_STEP = 1.25


class ImageView(QGraphicsView):
    """Shows one page; overlays are in image pixels, so they follow zoom and rotation."""

    zoomChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#3c4043")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Document image"))
        # Drops go to the main window, which handles files for every view.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self._pixmap = None
        self._overlays: list[tuple[Finding | None, QGraphicsRectItem]] = []
        self._zoom = 1.0
        self._rotation = 0
        self._fit = True

    # --- content
    def show_result(self, image: QImage | None, result: Result | None,
                    scale: float = 1.0) -> None:
        """Show ``image`` (document pixels × ``scale``) with ``result``'s regions on it."""
        self.scene().clear()
        self._overlays = []
        self._pixmap = None
        if image is None or image.isNull():
            self.setAccessibleDescription(self.tr("No image"))
            return
        self._pixmap = self.scene().addPixmap(QPixmap.fromImage(image))
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._pixmap.setScale(1.0 / scale if scale > 0 else 1.0)  # scene = document pixels
        self.scene().setSceneRect(self._pixmap.sceneBoundingRect())
        if result is not None:
            reading = result.reading
            if reading is not None and reading.region is not None:
                self._box(reading.region, MRZ_COLOUR, self.tr("MRZ"), None, Qt.PenStyle.DashLine)
            for f in result.findings:
                if f.region is not None:
                    self._box(f.region, SEVERITY_COLOUR[f.severity], f.code, f)
        self.setAccessibleDescription(
            self.tr("%n region(s) marked", "", len(self._overlays)))
        self.fit()

    def overlay_count(self) -> int:
        return len(self._overlays)

    def _box(self, r: Region, colour: QColor, label: str, finding: Finding | None,
             style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
        pen = QPen(colour, 3, style)
        pen.setCosmetic(True)
        rect = self.scene().addRect(QRectF(r.x, r.y, r.width, r.height), pen)
        rect.setZValue(1)
        text = QGraphicsSimpleTextItem(label, rect)
        text.setBrush(colour)
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        text.setPos(r.x, r.y)
        # the label sits just above the box, in screen pixels whatever the zoom
        text.setTransform(QTransform.fromTranslate(0, -text.boundingRect().height() - 2))
        back = QGraphicsRectItem(text.boundingRect().adjusted(-2, 0, 2, 0), text)
        back.setBrush(QColor(255, 255, 255, 210))
        back.setPen(Qt.PenStyle.NoPen)
        back.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._overlays.append((finding, rect))

    def highlight(self, finding: Finding | None) -> None:
        """Thicken the box of ``finding`` and bring it into view."""
        for f, rect in self._overlays:
            pen = rect.pen()
            pen.setWidth(6 if (f is not None and f is finding) else 3)
            rect.setPen(pen)
            if f is not None and f is finding:
                self.ensureVisible(rect)

    # --- zoom and rotation
    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def rotate_right(self) -> None:
        self._rotation = (self._rotation + 90) % 360
        self._apply()

    def rotate_left(self) -> None:
        self._rotation = (self._rotation - 90) % 360
        self._apply()

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def rotation(self) -> int:
        return self._rotation

    def fit(self) -> None:
        self._fit = True
        self._apply()

    def _set_zoom(self, z: float) -> None:
        self._fit = False
        self._zoom = max(0.05, min(z, 16.0))
        self._apply()

    def _apply(self) -> None:
        self.resetTransform()
        self.rotate(self._rotation)
        if self._fit and self._pixmap is not None:
            self.fitInView(self._pixmap, Qt.AspectRatioMode.KeepAspectRatio)
            self._zoom = (self.transform().m11() ** 2 + self.transform().m12() ** 2) ** 0.5
        else:
            self.scale(self._zoom, self._zoom)
        self.zoomChanged.emit(self._zoom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit:
            self._apply()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
        else:
            super().wheelEvent(event)

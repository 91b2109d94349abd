"""Webcam capture, when Qt Multimedia and a camera are present; otherwise it says why not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def camera_unavailable_reason() -> str | None:
    """None when a camera can be used; else the reason in plain words."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return QCoreApplication.translate("camera", "Camera capture needs the Qt Multimedia module (package pyside6-addons), "
                   "which is not installed. Scan or photograph the document and open the file.")
    if not QMediaDevices.videoInputs():
        return QCoreApplication.translate("camera", "No camera detected. Connect a camera, or open a scanned file instead.")
    return None

"""The settings dialog: operator, OCR engine, data folder, list age; thresholds read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from docverify.app.prefs import ENGINES, MAX_OPERATOR_CHARS, Prefs, default_data_dir
from docverify.config import CHECKS, READING, SCREENING


class SettingsDialog(QDialog):
    """Edits a Prefs; ``prefs()`` returns the edited copy when accepted."""

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)  # the data folder's path is read whole, not its tail
        self._base = prefs
        self.operator = QLineEdit(prefs.operator)
        self.operator.setMaxLength(MAX_OPERATOR_CHARS)  # a name, not a paste of anything
        self.operator.setAccessibleName(self.tr("Operator name"))
        self.engine = QComboBox()
        self.engine.setAccessibleName(self.tr("OCR engine"))
        labels = {"docverify": self.tr("docverify model (recommended)"),
                  "tesseract": self.tr("tesseract (stock)")}
        for e in ENGINES:
            self.engine.addItem(labels[e], e)
        self.engine.setCurrentIndex(max(0, self.engine.findData(prefs.engine)))
        self.data_dir = QLineEdit(str(prefs.data_path))
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(browse)
        self.age = QSpinBox()
        self.age.setRange(0, 3650)
        self.age.setSuffix(self.tr(" days"))
        self.age.setSpecialValueText(self.tr("never warn"))
        self.age.setValue(prefs.list_age_days)
        self.age.setAccessibleName(self.tr("Warn when a watchlist is older than"))
        self.screen = QCheckBox(self.tr("Screen against the &watchlists"))
        self.screen.setChecked(prefs.screen)
        self.image_checks = QCheckBox(self.tr("Run the &image checks (slower)"))
        self.image_checks.setChecked(prefs.image_checks)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in (("", self.tr("System default")), ("en", "English"), ("fr", "Français")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

        form = QFormLayout()
        form.addRow(self.tr("&Operator name:"), self.operator)
        form.addRow(self.tr("OCR &engine:"), self.engine)
        data_label = QLabel(self.tr("&Data folder:"))
        data_label.setBuddy(self.data_dir)
        form.addRow(data_label, data_row)
        form.addRow(self.tr("Warn when a list is older than:"), self.age)
        form.addRow(self.tr("&Language (after restart):"), self.language)
        form.addRow(self.screen)
        form.addRow(self.image_checks)

        thresholds = QGroupBox(self.tr("Thresholds (set by the administrator in config.py)"))
        tform = QFormLayout(thresholds)
        shown = (
            (self.tr("Watchlist alert score"), SCREENING.alert_score),
            (self.tr("Watchlist review score"), SCREENING.review_score),
            (self.tr("Doubtful character below confidence"), READING.doubtful_char_confidence),
            (self.tr("Longest passport validity (years)"), dict(CHECKS.max_validity_years)["P"]),
            (self.tr("Oldest plausible holder (years)"), CHECKS.max_age_years),
        )
        for label, value in shown:
            v = QLabel(str(value))
            v.setAccessibleName(label)
            tform.addRow(label + ":", v)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(thresholds)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_dir.text())
        if name:
            self.data_dir.setText(name)

    def _defaults(self) -> None:
        d = Prefs()
        self.engine.setCurrentIndex(max(0, self.engine.findData(d.engine)))
        self.data_dir.setText(str(default_data_dir()))
        self.age.setValue(d.list_age_days)
        self.screen.setChecked(d.screen)
        self.image_checks.setChecked(d.image_checks)

    def prefs(self) -> Prefs:
        data_dir = self.data_dir.text().strip()
        if data_dir:
            data_dir = str(Path(data_dir).expanduser().absolute())
        if data_dir == str(default_data_dir()):
            data_dir = ""
        return self._base.with_(
            operator=self.operator.text().strip(), engine=self.engine.currentData(),
            data_dir=data_dir, list_age_days=self.age.value(), screen=self.screen.isChecked(),
            image_checks=self.image_checks.isChecked(), language=self.language.currentData())


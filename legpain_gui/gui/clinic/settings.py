"""File → Settings: which clinic server to use (and its password, which goes to the keyring, never to a file)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
)

from legpain_gui.clinic.config import ENV, ClinicConfigError, check_url, resolve, store_password

INTRO = ("A clinic server shares clinic notes, the clinic's pathways and teaching sets with every workstation of "
         "the clinic. Leave the address empty to use none: your own notes stay on this computer either way. "
         "Clinic notes carry your name; never write a patient's name or identifiers in them.")


def apply_clinic_settings(settings, url: str, password: str) -> str | None:
    """Save the clinic server address (and the password to the keyring); None, or why not (one sentence)."""
    url = url.strip()
    if not url:
        settings.setValue("clinic/url", "")
        return None
    try:
        target = check_url(url, "settings")
    except ClinicConfigError as exc:
        return str(exc)
    settings.setValue("clinic/url", target.url)
    if password:
        try:
            store_password(target, password)
        except ClinicConfigError as exc:
            return str(exc)
    return None


def ask_clinic_settings(window) -> bool:
    """Show the dialog; True when the person saved a change."""
    dialog = QDialog(window)
    dialog.setWindowTitle("Settings")
    dialog.setMinimumWidth(560)
    group = QGroupBox("Clinic server")
    form = QFormLayout(group)
    intro = QLabel(INTRO)
    intro.setWordWrap(True)
    form.addRow(intro)
    url = QLineEdit(str(window.settings.value("clinic/url", "") or ""))
    url.setPlaceholderText("postgresql://YOUR-ROLE@clinic-db.hospital.local/legpain")
    url.setAccessibleName("Clinic server address")
    form.addRow("Address:", url)
    password = QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    password.setPlaceholderText("optional: kept in this computer's keyring, not in a file")
    password.setAccessibleName("Clinic server password")
    form.addRow("Password:", password)
    try:
        used = resolve(getattr(window, "clinic_db", None), None)
    except ClinicConfigError:
        used = None
    if used is not None and used.source != "settings":
        note = QLabel(f"In use now: {used.label}, from the {used.source}; it takes precedence over this address "
                      f"(command line, then {ENV}, then this setting, then the system-wide file).")
        note.setWordWrap(True)
        form.addRow(note)
    problem = QLabel("")
    problem.setWordWrap(True)
    problem.setStyleSheet("color: #b91c1c")
    problem.setAccessibleName("Problem")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    layout = QVBoxLayout(dialog)
    layout.addWidget(group)
    layout.addWidget(problem)
    layout.addWidget(buttons)

    def save() -> None:
        why = apply_clinic_settings(window.settings, url.text(), password.text())
        if why:
            problem.setText(why)
        else:
            dialog.accept()

    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return dialog.exec() == QDialog.DialogCode.Accepted

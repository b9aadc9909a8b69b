"""`legpain-gui doctor --clinic-db URL`: can this workstation use the clinic store? (for IT, and for the
installers' smoke tests). Signs in, checks the schema, says who signed in and what the store holds."""
from __future__ import annotations


def clinic_status(cli_url: str | None) -> dict | None:
    """None when no clinic server is named (command line, LEGPAIN_CLINIC_DB, system-wide settings); else
    {"server", "source", "signed_in_as", "editor", "schema", "comparison_sets"}. Raises ClinicConfigError or
    ClinicError (one sentence each) when the address is unusable or the server cannot be used."""
    from legpain_gui.clinic.config import connect_url, resolve

    target = resolve(cli_url)
    if target is None:
        return None
    from legpain_gui.clinic.errors import ClinicError, ClinicUnreachable
    from legpain_gui.clinic.migrate import HEAD

    try:
        from legpain_gui.clinic.store import ClinicStore

        store = ClinicStore(connect_url(target), pool_size=1)
    except ImportError as exc:  # a broken installation: name what is missing, for IT
        from legpain_gui.text import clean

        said = [line.strip(" -") for line in str(exc).splitlines() if "couldn't import" in line] or [str(exc)]
        raise ClinicError(f"This installation has no clinic-store support ({clean('; '.join(said), 300)}).") from None
    try:
        role, editor = store.whoami()
        sets = len(store.comparison_sets())
    except ClinicUnreachable:  # the app retries; a one-off check says what to look at
        raise ClinicError("the server did not answer (is it running, and may this workstation reach it?).") from None
    finally:
        store.close()
    return {"server": target.label, "source": target.source, "signed_in_as": role, "editor": bool(editor),
            "schema": HEAD, "comparison_sets": sets}


def status_text(status: dict | None) -> str:
    if status is None:
        return "Clinic store    none named (personal data only)"
    return (f"Clinic store    {status['server']} (from the {status['source']}): signed in as "
            f"{status['signed_in_as']}{' (clinic editor)' if status['editor'] else ''}, schema {status['schema']}, "
            f"{status['comparison_sets']} shared comparison set(s)")

"""schemathesis against the server's OpenAPI schema: requests generated from the schema
(valid and invalid) never make the server fail, and its answers match the schema. The
requests carry an admin device's token, so they reach the handlers."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from app.domain.ids import new_id
from app.sync.server import core
from app.sync.server.app import create_app

_folder = Path(tempfile.mkdtemp(prefix="fieldtag-schemathesis-"))
app = create_app(f"sqlite:///{_folder / 'server.sqlite'}")
core.add_user(app.state.engine, "ann", "admin")
_code = core.make_enroll_code(app.state.engine, "ann", dt.timedelta(hours=1)).code
TOKEN = core.enroll(
    app.state.engine,
    core.p.EnrollRequest(code=_code, device_id=new_id(), name="schemathesis"),
).token

schema = schemathesis.openapi.from_asgi("/openapi.json", app)
SLOW = os.environ.get("FIELDTAG_SLOW") == "1"


@schema.parametrize()
@settings(
    max_examples=60 if SLOW else 12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_schema(case: schemathesis.Case) -> None:
    # Schema-valid requests the rules refuse are fine (events of another device: 403, an
    # unknown user: 409); everything else schemathesis checks applies.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"},
        excluded_checks=[positive_data_acceptance],
    )
